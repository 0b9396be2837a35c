import type { ApiHandler } from './api-request';
import { collection } from './collections';
import { forCustomer } from './customer-access';
import { policyResource } from './device-resources';
import { ok } from './replies';

/**
 * `GET /v1/customers/{id}/policies`: the customer's Autopilot profiles (docs/partner-center-api.md
 * §6.7).
 */
export const listPolicies: ApiHandler = forCustomer((_request, _services, customer) =>
  ok(collection(customer.policies.map(policyResource))),
);
