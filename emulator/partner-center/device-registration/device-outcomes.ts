import type { DeviceJobError } from '../batch-jobs/batch-job-queue';
import { deviceKeys } from './device-keys';
import { isValidHardwareHash } from './hardware-hash-check';
import type { DeviceInput } from './upload-body';

/**
 * What happens to each device of a finished upload (docs/partner-center-api.md §15): it is
 * registered, or it fails with the error Partner Center gives, checked in this order:
 *
 * 1. `802` InvalidZtdHardwareHash: the hash is not base64 or too short for a 4K hash;
 * 2. ZtdDeviceDuplicated: an earlier device of the same upload is the same device. Only the first
 *    of the duplicates is processed, as Microsoft describes the CSV import;
 * 3. `808` ZtdDeviceAssignedToOtherTenant: another tenant holds the device;
 * 4. `806` ZtdDeviceAlreadyAssigned: the customer has the device already, in any batch.
 */
export const deviceUploadErrors = {
  invalidHardwareHash: { errorCode: '802', errorDescription: 'InvalidZtdHardwareHash' },
  /** No numeric code is documented: the emulator writes the name as the code too. */
  duplicated: { errorCode: 'ZtdDeviceDuplicated', errorDescription: 'ZtdDeviceDuplicated' },
  assignedToOtherTenant: { errorCode: '808', errorDescription: 'ZtdDeviceAssignedToOtherTenant' },
  alreadyAssigned: { errorCode: '806', errorDescription: 'ZtdDeviceAlreadyAssigned' },
} as const satisfies Record<string, DeviceJobError>;

export type DeviceOutcome =
  | { readonly registered: true; readonly keys: readonly string[] }
  | { readonly registered: false; readonly error: DeviceJobError };

export interface RegistrationLookup {
  /** Whether another tenant holds a device with this key. */
  readonly heldElsewhere: (key: string) => boolean;
  /** Whether the customer has a device with this key already. */
  readonly heldByCustomer: (key: string) => boolean;
}

export function judgeDevices(
  devices: readonly DeviceInput[],
  lookup: RegistrationLookup,
): DeviceOutcome[] {
  const seenInUpload = new Set<string>();
  return devices.map((device): DeviceOutcome => {
    if (device.hardwareHash !== undefined && !isValidHardwareHash(device.hardwareHash)) {
      return { registered: false, error: deviceUploadErrors.invalidHardwareHash };
    }
    const keys = deviceKeys(device);
    const duplicate = keys.some((key) => seenInUpload.has(key));
    for (const key of keys) seenInUpload.add(key);
    if (duplicate) return { registered: false, error: deviceUploadErrors.duplicated };
    if (keys.some(lookup.heldElsewhere)) {
      return { registered: false, error: deviceUploadErrors.assignedToOtherTenant };
    }
    if (keys.some(lookup.heldByCustomer)) {
      return { registered: false, error: deviceUploadErrors.alreadyAssigned };
    }
    return { registered: true, keys };
  });
}
