import { invalidRequestInput, policyNotFound } from '../api-errors';
import type { ApiHandler } from '../api-request';
import { acceptedBatchJob } from '../batch-jobs/accepted-batch-job';
import { forCustomer } from '../customer-access';
import { applyPolicyUpdates, labelPolicyUpdates } from './policy-assignments';
import { parseDevicePolicyUpdatesBody } from './device-policy-updates-body';

/**
 * `PATCH /v1/customers/{id}/DevicePolicyUpdates` (docs/partner-center-api.md §16): assigns
 * profiles to devices as a batch job, on the same timeline as uploads, and answers 202 with the
 * tracker in `Location`. The whole request is refused when its body is not valid (400 code 800002)
 * or names a profile the customer does not have (404, the first such policy id); a device the
 * customer does not have fails on its own in the tracker (policy-assignments.ts). The dispatcher
 * has already refused callers who are not Admin agents.
 */
export const updateDevicePolicies: ApiHandler = forCustomer((request, services, customer) => {
  const body = parseDevicePolicyUpdatesBody(request.body);
  if (!body.ok) return invalidRequestInput(body.problem);
  const updates = body.value;
  const unknown = updates.find(
    ({ policyId }) => services.profiles.find(customer, policyId) === undefined,
  );
  if (unknown !== undefined) return policyNotFound(unknown.policyId);
  const labels = labelPolicyUpdates(customer, updates, services);
  const trackingId = services.jobs.enqueue(customer.id, labels, () =>
    applyPolicyUpdates(customer, updates, labels, services),
  );
  services.jobs.settle();
  return acceptedBatchJob(services.link, customer.id, trackingId);
});
