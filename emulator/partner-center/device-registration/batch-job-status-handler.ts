import { batchUploadNotFound } from '../api-errors';
import type { ApiHandler } from '../api-request';
import { forCustomer } from '../customer-access';
import { ok } from '../replies';
import { batchUploadDetailsResource } from './upload-resources';

/**
 * `GET /v1/customers/{id}/batchJobStatus/{trackingId}` (docs/partner-center-api.md §6.6): an
 * upload's BatchUploadDetails, for Admin and Sales agents alike. A tracking id is known only to
 * the customer it was uploaded for; any other is 404 code 1000.
 */
export const getBatchJobStatus: ApiHandler = forCustomer((request, services, customer) => {
  const upload = services.registrations.upload(customer.id, request.params.trackingId ?? '');
  return upload === undefined
    ? batchUploadNotFound()
    : ok(batchUploadDetailsResource(upload, customer.wireForms));
});
