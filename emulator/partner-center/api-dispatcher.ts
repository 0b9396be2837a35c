import { findDemoAccount } from '../identity/demo-accounts';
import {
  adminAgentRoleRequired,
  invalidRequestInput,
  methodNotAllowed,
  noPartnerCenterRole,
  resourceNotFound,
  unauthorized,
} from './api-errors';
import type { ApiHandler, ApiServices } from './api-request';
import { getCustomer, listCustomers } from './customers-handlers';
import { getBatchJobStatus } from './batch-jobs/batch-job-status-handler';
import { deregisterBatchDevice } from './device-management/deregister-handler';
import { updateDevicePolicies } from './device-management/device-policy-updates-handler';
import {
  createPolicy,
  deletePolicy,
  getPolicy,
  listPolicies,
  updatePolicy,
} from './device-management/policy-handlers';
import { addDevicesToBatch, createDeviceBatch } from './device-registration/upload-handlers';
import { listDeviceBatches } from './device-batches-handler';
import { listDevices } from './devices-handler';
import type { Authenticate } from './emulator-options';
import { headerValue, type ReceivedRequest } from './incoming-request';
import type { Reply } from './replies';
import { createRouter } from './router';

/**
 * A handler and who may call it: reading is for every Partner Center role, every write (registering
 * and deregistering devices, assigning, creating, changing and deleting profiles) for Admin agents
 * only (docs/partner-center-api.md §2, §15, §16).
 */
interface ApiEndpoint {
  readonly handle: ApiHandler;
  readonly adminAgentOnly?: true;
}

const customer = '/v1/customers/:customerId';
const adminAgentOnly = (handle: ApiHandler): ApiEndpoint => ({ handle, adminAgentOnly: true });

const matchApiRoute = createRouter<ApiEndpoint>([
  { method: 'GET', pattern: '/v1/customers', handler: { handle: listCustomers } },
  { method: 'GET', pattern: customer, handler: { handle: getCustomer } },
  { method: 'GET', pattern: `${customer}/deviceBatches`, handler: { handle: listDeviceBatches } },
  {
    method: 'POST',
    pattern: `${customer}/deviceBatches`,
    handler: adminAgentOnly(createDeviceBatch),
  },
  {
    method: 'GET',
    pattern: `${customer}/deviceBatches/:batchId/devices`,
    handler: { handle: listDevices },
  },
  {
    method: 'POST',
    pattern: `${customer}/deviceBatches/:batchId/devices`,
    handler: adminAgentOnly(addDevicesToBatch),
  },
  {
    method: 'DELETE',
    pattern: `${customer}/deviceBatches/:batchId/devices/:deviceId`,
    handler: adminAgentOnly(deregisterBatchDevice),
  },
  {
    method: 'PATCH',
    pattern: `${customer}/DevicePolicyUpdates`,
    handler: adminAgentOnly(updateDevicePolicies),
  },
  {
    method: 'GET',
    pattern: `${customer}/batchJobStatus/:trackingId`,
    handler: { handle: getBatchJobStatus },
  },
  { method: 'GET', pattern: `${customer}/policies`, handler: { handle: listPolicies } },
  { method: 'POST', pattern: `${customer}/policies`, handler: adminAgentOnly(createPolicy) },
  { method: 'GET', pattern: `${customer}/policies/:policyId`, handler: { handle: getPolicy } },
  {
    method: 'PUT',
    pattern: `${customer}/policies/:policyId`,
    handler: adminAgentOnly(updatePolicy),
  },
  {
    method: 'DELETE',
    pattern: `${customer}/policies/:policyId`,
    handler: adminAgentOnly(deletePolicy),
  },
]);

/**
 * Route, then authenticate, then check the Partner Center role: unknown routes get the gateway's
 * 404 whoever asks; a known route needs a valid token (401) of a user with a role (403), and a
 * write the Admin agent role (403).
 */
export function createApiDispatcher(
  services: ApiServices,
  authenticate: Authenticate,
): (request: ReceivedRequest) => Promise<Reply> {
  return async (request) => {
    const match = matchApiRoute(request.method, request.rawPath);
    switch (match.kind) {
      case 'not-found':
        return resourceNotFound();
      case 'method-not-allowed':
        return methodNotAllowed(match.allowed);
      case 'malformed-path':
        return invalidRequestInput('the path is not valid percent-encoding');
      case 'matched': {
        const authentication = await authenticate(headerValue(request.headers, 'Authorization'));
        if (!authentication.ok) return unauthorized(authentication.reason);
        const role = findDemoAccount(authentication.oid)?.role ?? 'none';
        if (role === 'none') return noPartnerCenterRole();
        if (match.handler.adminAgentOnly === true && role !== 'admin-agent') {
          return adminAgentRoleRequired();
        }
        const caller = { oid: authentication.oid, tid: authentication.tid, role };
        return match.handler.handle({ ...request, params: match.params, caller }, services);
      }
    }
  };
}
