import { findDemoAccount } from '../../identity/demo-accounts';
import { deviceBatchAlreadyExists, deviceBatchNotFound, invalidRequestInput } from '../api-errors';
import type { ApiHandler, Caller } from '../api-request';
import { acceptedBatchJob } from '../batch-jobs/accepted-batch-job';
import { forCustomer } from '../customer-access';
import { parseBatchCreationBody, parseDeviceListBody } from './upload-body';

/**
 * The two upload calls (docs/partner-center-api.md §15). Both answer 202 with an empty body and
 * the tracker in `Location` (batch-jobs/accepted-batch-job.ts). The dispatcher has already refused
 * callers who are not Admin agents.
 */
const uploaderOf = (caller: Caller): string | undefined => findDemoAccount(caller.oid)?.username;

/** `POST /v1/customers/{id}/deviceBatches` with `{ batchId, devices }`. */
export const createDeviceBatch: ApiHandler = forCustomer((request, services, customer) => {
  const body = parseBatchCreationBody(request.body);
  if (!body.ok) return invalidRequestInput(body.problem);
  const { batchId, devices } = body.value;
  const receipt = services.registrations.createBatch(
    customer,
    batchId,
    devices,
    uploaderOf(request.caller),
  );
  return receipt === undefined
    ? deviceBatchAlreadyExists(batchId)
    : acceptedBatchJob(services.link, customer.id, receipt.trackingId);
});

/** `POST /v1/customers/{id}/deviceBatches/{batchId}/devices` with a list of devices. */
export const addDevicesToBatch: ApiHandler = forCustomer((request, services, customer) => {
  const batchId = services.registrations.findBatchId(customer, request.params.batchId ?? '');
  if (batchId === undefined) return deviceBatchNotFound();
  const body = parseDeviceListBody(request.body);
  if (!body.ok) return invalidRequestInput(body.problem);
  const receipt = services.registrations.addDevices(
    customer,
    batchId,
    body.value,
    uploaderOf(request.caller),
  );
  return acceptedBatchJob(services.link, customer.id, receipt.trackingId);
});
