import type { ApiHandler } from './api-request';
import { collection } from './collections';
import { findCustomerForCaller } from './customer-access';
import { policyResource } from './device-resources';
import { ok } from './replies';

/**
 * `GET /v1/customers/{id}/policies`: the customer's Autopilot profiles (docs/partner-center-api.md
 * §6.7).
 */
export const listPolicies: ApiHandler = (request, { catalogue }) => {
  const lookup = findCustomerForCaller(request.params.customerId, request.caller, catalogue);
  return lookup.ok ? ok(collection(lookup.customer.policies.map(policyResource))) : lookup.reply;
};
