import type { CustomerRecord } from '../../seed/seed-records';
import type { ApiServices } from '../api-request';
import {
  jobDeviceLabel,
  type BatchJobDevice,
  type DeviceJobError,
} from '../batch-jobs/batch-job-queue';
import { deviceUploadErrors } from '../device-registration/device-outcomes';
import { devicesAreChangeable } from './changeable-devices';
import { locateDevice } from './customer-devices';
import type { PolicyUpdate } from './device-policy-updates-body';

/**
 * What a profile assignment (`PATCH …/DevicePolicyUpdates`, docs/partner-center-api.md §16) does
 * to each device when its job runs: the device gets the profile, or fails with its own error,
 * checked in this order. No per-device errors are documented for this call; like
 * ZtdDeviceDuplicated for uploads, each error's name is its code too.
 *
 * 1. ZtdDeviceDuplicated: an earlier entry of the same request names the same device id; only the
 *    first is applied;
 * 2. ZtdDeviceNotFound: the customer has no device with this id (never had, deregistered, or it is
 *    another customer's);
 * 3. ZtdDeviceOperationNotAllowed: the device may not be changed (its `allowedOperations` is
 *    `GET` only, changeable-devices.ts);
 * 4. ZtdPolicyNotFound: the profile was deleted after the request was accepted.
 */
export const policyUpdateErrors = {
  duplicated: deviceUploadErrors.duplicated,
  deviceNotFound: { errorCode: 'ZtdDeviceNotFound', errorDescription: 'ZtdDeviceNotFound' },
  deviceNotChangeable: {
    errorCode: 'ZtdDeviceOperationNotAllowed',
    errorDescription: 'ZtdDeviceOperationNotAllowed',
  },
  policyNotFound: { errorCode: 'ZtdPolicyNotFound', errorDescription: 'ZtdPolicyNotFound' },
} as const satisfies Record<string, DeviceJobError>;

type Services = Pick<ApiServices, 'registrations' | 'profiles'>;

/**
 * Each device of the request as the tracker lists it from the start: its id, and the serial number
 * and product key of the device the customer has with that id.
 */
export function labelPolicyUpdates(
  customer: CustomerRecord,
  updates: readonly PolicyUpdate[],
  { registrations }: Services,
): BatchJobDevice[] {
  return updates.map(({ deviceId }) => {
    const located = locateDevice(customer, deviceId, registrations);
    return { deviceId, ...(located && jobDeviceLabel(located.device)) };
  });
}

export function applyPolicyUpdates(
  customer: CustomerRecord,
  updates: readonly PolicyUpdate[],
  labels: readonly BatchJobDevice[],
  { registrations, profiles }: Services,
): BatchJobDevice[] {
  const seen = new Set<string>();
  return updates.map(({ deviceId, policyId }, index): BatchJobDevice => {
    const label = labels[index] ?? { deviceId };
    const fail = (error: DeviceJobError): BatchJobDevice => ({ ...label, error });
    if (seen.has(deviceId)) return fail(policyUpdateErrors.duplicated);
    seen.add(deviceId);
    const located = locateDevice(customer, deviceId, registrations);
    if (located === undefined) return fail(policyUpdateErrors.deviceNotFound);
    if (!devicesAreChangeable(customer, located.batchId)) {
      return fail(policyUpdateErrors.deviceNotChangeable);
    }
    const policy = profiles.find(customer, policyId);
    if (policy === undefined) return fail(policyUpdateErrors.policyNotFound);
    profiles.assign(customer, deviceId, policy.id);
    return label;
  });
}
