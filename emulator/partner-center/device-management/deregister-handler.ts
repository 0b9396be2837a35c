import { deviceBatchNotFound, deviceNotChangeable, deviceNotFoundInBatch } from '../api-errors';
import type { ApiHandler } from '../api-request';
import { forCustomer } from '../customer-access';
import { noContent } from '../replies';
import { devicesAreChangeable } from './changeable-devices';
import { deregisterDevice, locateDevice } from './customer-devices';

/**
 * `DELETE /v1/customers/{id}/deviceBatches/{batchId}/devices/{deviceId}`
 * (docs/partner-center-api.md §16): 204 and no body; the device leaves its batch. The batch id is
 * matched as on the other batch paths (without regard to case), the device id exactly. A batch the
 * customer lacks is 404 "Device batch not found", a device not in that batch (never there, or
 * deregistered already) 404 naming both, a device that may not be changed 403 code 600006. The
 * dispatcher has already refused callers who are not Admin agents.
 */
export const deregisterBatchDevice: ApiHandler = forCustomer((request, services, customer) => {
  const batchId = services.registrations.findBatchId(customer, request.params.batchId ?? '');
  if (batchId === undefined) return deviceBatchNotFound();
  const deviceId = request.params.deviceId ?? '';
  const located = locateDevice(customer, deviceId, services.registrations);
  if (located?.batchId !== batchId) return deviceNotFoundInBatch(deviceId, batchId);
  if (!devicesAreChangeable(customer, batchId)) return deviceNotChangeable(deviceId, batchId);
  deregisterDevice(customer, located, services);
  return noContent();
});
