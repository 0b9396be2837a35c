import type { PolicyRecord } from '../../seed/autopilot-profiles';
import type { CustomerRecord } from '../../seed/seed-records';
import { invalidRequestInput, policyInUse, policyNotFound } from '../api-errors';
import type { ApiHandler, ApiServices } from '../api-request';
import { collection } from '../collections';
import { forCustomer } from '../customer-access';
import { policyResource } from '../device-resources';
import { noContent, ok } from '../replies';
import { parsePolicyCreationBody, parsePolicyUpdateBody } from './policy-body';
import { devicesByPolicy } from './profile-usage';

/**
 * The customer's Autopilot profiles, ConfigurationPolicy (docs/partner-center-api.md §6.7, §16):
 * list and read for Admin and Sales agents; create, update and delete for Admin agents only (the
 * dispatcher has refused the others). `devicesAssigned` counts the devices that use a profile now.
 * A profile id the customer does not have is 404 naming it; a body that is not valid is 400 code
 * 800002 (policy-body.ts); deleting a profile that devices use is 409.
 */
const withUsage = (customer: CustomerRecord, services: ApiServices) => {
  const usage = devicesByPolicy(customer, services.registrations, services.profiles);
  return (policy: PolicyRecord) => policyResource(policy, usage.get(policy.id) ?? 0);
};

/** `GET /v1/customers/{id}/policies`: every profile, seeded ones first, then those created. */
export const listPolicies: ApiHandler = forCustomer((_request, services, customer) =>
  ok(collection(services.profiles.list(customer).map(withUsage(customer, services)))),
);

/** `GET /v1/customers/{id}/policies/{policyId}`. */
export const getPolicy: ApiHandler = forCustomer((request, services, customer) => {
  const policyId = request.params.policyId ?? '';
  const policy = services.profiles.find(customer, policyId);
  return policy === undefined
    ? policyNotFound(policyId)
    : ok(withUsage(customer, services)(policy));
});

/** `POST /v1/customers/{id}/policies`: 200 and the new profile, as the docs' example answers. */
export const createPolicy: ApiHandler = forCustomer((request, services, customer) => {
  const body = parsePolicyCreationBody(request.body);
  if (!body.ok) return invalidRequestInput(body.problem);
  return ok(policyResource(services.profiles.create(customer, body.value), 0));
});

/** `PUT /v1/customers/{id}/policies/{policyId}`: name, description and settings; 200 and the profile. */
export const updatePolicy: ApiHandler = forCustomer((request, services, customer) => {
  const policyId = request.params.policyId ?? '';
  if (services.profiles.find(customer, policyId) === undefined) return policyNotFound(policyId);
  const body = parsePolicyUpdateBody(request.body);
  if (!body.ok) return invalidRequestInput(body.problem);
  const updated = services.profiles.update(customer, policyId, body.value);
  return updated === undefined
    ? policyNotFound(policyId)
    : ok(withUsage(customer, services)(updated));
});

/** `DELETE /v1/customers/{id}/policies/{policyId}`: 204, or 409 while devices use it. */
export const deletePolicy: ApiHandler = forCustomer((request, services, customer) => {
  const policyId = request.params.policyId ?? '';
  const policy = services.profiles.find(customer, policyId);
  if (policy === undefined) return policyNotFound(policyId);
  const devices =
    devicesByPolicy(customer, services.registrations, services.profiles).get(policy.id) ?? 0;
  if (devices > 0) return policyInUse(policy.id, devices);
  services.profiles.remove(customer, policy.id);
  return noContent();
});
