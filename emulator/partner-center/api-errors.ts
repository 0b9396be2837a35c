import type { AuthenticationFailure } from './emulator-options';
import { apiError, gatewayError, type Reply } from './replies';

/**
 * Every error the emulator answers with, and its status, code and text from
 * docs/partner-center-api.md §9. Where the documentation offers a choice, README.md ("Deliberate
 * choices") says which one and why.
 */
const authenticationRealm = 'OAuth realm="https://api.partnercenter.microsoft.com"';

const tokenProblems: Readonly<Record<Exclude<AuthenticationFailure, 'missing'>, string>> = {
  invalid: 'The access token is malformed or its signature is not valid',
  expired: 'The access token has expired',
  'wrong-audience': 'The access token was not issued for this API',
  'wrong-scope': 'The access token lacks the user_impersonation scope',
  'wrong-issuer': 'The access token was issued by an unexpected authority',
};

export function unauthorized(reason: AuthenticationFailure): Reply {
  if (reason === 'missing') {
    return apiError(401, 800001, 'Partner token missing in request context', {
      'WWW-Authenticate': authenticationRealm,
    });
  }
  return apiError(401, 400, 'Access denied', {
    'WWW-Authenticate': `${authenticationRealm}, error="invalid_token", error_description="${tokenProblems[reason]}"`,
  });
}

export const noPartnerCenterRole = (): Reply => apiError(403, 2032, 'Access denied');

/**
 * A sales agent on a call Partner Center keeps for Admin agents (docs/partner-center-api.md §2,
 * §15): the access-denied code of a user without any role, with a text naming the role needed.
 */
export const adminAgentRoleRequired = (): Reply =>
  apiError(403, 2032, 'Access denied: this operation needs the Admin agent role');

/** The documented text, `{0}` the partner (its tenant) and `{1}` the customer. */
export const noRelationshipWithCustomer = (partnerId: string, customerId: string): Reply =>
  apiError(
    403,
    20002,
    `The partner ID ${partnerId} has no commerce relationship with the customer ID ${customerId}.`,
  );

export const invalidCustomerId = (): Reply => apiError(400, 900118, 'Invalid Customer Id');

export const tenantNotFound = (): Reply => apiError(404, 60003, 'Tenant not found');

export const deviceBatchNotFound = (): Reply => apiError(404, 1000, 'Device batch not found');

/** A device id (matched exactly) that is not in the batch of the path (any more). */
export const deviceNotFoundInBatch = (deviceId: string, batchId: string): Reply =>
  apiError(404, 1000, `The device ${deviceId} was not found in batch ${batchId}`);

/**
 * A device whose `allowedOperations` withholds the method (device-management/changeable-devices.ts):
 * the documented 403 code for an action that is not allowed.
 */
export const deviceNotChangeable = (deviceId: string, batchId: string): Reply =>
  apiError(
    403,
    600006,
    `The requested action is not allowed: the device ${deviceId} in batch ${batchId} ` +
      'may not be changed (allowedOperations: GET)',
  );

/** A profile (ConfigurationPolicy) id the customer does not have, or no longer has. */
export const policyNotFound = (policyId: string): Reply =>
  apiError(404, 1000, `The policy ${policyId} was not found`);

/** Deleting a profile that devices use; no code is documented, so the one for a refused action. */
export const policyInUse = (policyId: string, devices: number): Reply =>
  apiError(
    409,
    600006,
    `The requested action is not allowed: the policy ${policyId} is assigned to ` +
      `${String(devices)} ${devices === 1 ? 'device' : 'devices'}; ` +
      'assign them another profile before deleting it',
  );

/** An upload tracking id the customer does not have (docs/partner-center-api.md §6.6). */
export const batchUploadNotFound = (): Reply => apiError(404, 1000, 'Batch upload not found');

/**
 * Creating a batch the customer has already, its id compared without regard to case (README,
 * "Deliberate choices"): 409, so a client can tell it from malformed input.
 */
export const deviceBatchAlreadyExists = (batchId: string): Reply =>
  apiError(
    409,
    800002,
    `Invalid request input: the customer already has a device batch named "${batchId}"; ` +
      'add devices to it with POST …/deviceBatches/{batchId}/devices',
  );

export const invalidRequestInput = (problem: string): Reply =>
  apiError(400, 800002, `Invalid request input: ${problem}`);

export const unexpectedServiceError = (): Reply =>
  apiError(500, 800003, 'Unexpected service error');

export const resourceNotFound = (): Reply => gatewayError(404, 'Resource not found');

/** A body over the emulator's limit, refused before it reaches the service. */
export const requestEntityTooLarge = (): Reply =>
  gatewayError(413, 'The request body is too large', { Connection: 'close' });

export const methodNotAllowed = (allowed: readonly string[]): Reply =>
  gatewayError(405, 'The requested resource does not support this HTTP method', {
    Allow: allowed.join(', '),
  });

export const rateLimitExceeded = (retryAfterSeconds: number): Reply =>
  gatewayError(429, `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.`, {
    'Retry-After': String(retryAfterSeconds),
  });

export const serviceUnavailable = (retryAfterSeconds?: number): Reply =>
  gatewayError(
    503,
    'The service is temporarily unavailable',
    retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) },
  );
