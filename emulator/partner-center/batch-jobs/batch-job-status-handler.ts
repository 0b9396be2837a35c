import { batchUploadNotFound } from '../api-errors';
import type { ApiHandler } from '../api-request';
import { forCustomer } from '../customer-access';
import { ok } from '../replies';
import { batchUploadDetailsResource } from './batch-upload-details';

/**
 * `GET /v1/customers/{id}/batchJobStatus/{trackingId}` (docs/partner-center-api.md §6.6): the
 * BatchUploadDetails of an upload or a profile assignment, for Admin and Sales agents alike. A
 * tracking id is known only to the customer the job was for; any other is 404 code 1000.
 */
export const getBatchJobStatus: ApiHandler = forCustomer((request, services, customer) => {
  const job = services.jobs.snapshot(customer.id, request.params.trackingId ?? '');
  return job === undefined
    ? batchUploadNotFound()
    : ok(batchUploadDetailsResource(job, customer.wireForms));
});
