import type { DeviceUploadDetails } from '@/lib/partner-center/batch-job-status-schema';

/** The error codes the tracker explains in words; any other code is shown with Partner Center's own description. */
export type KnownDeviceError =
  'alreadyInThisTenant' | 'inAnotherTenant' | 'invalidHash' | 'duplicated' | 'storage';

/** Which known error a failed device's code and description name (docs/partner-center-api.md §15). */
export function knownDeviceError(device: DeviceUploadDetails): KnownDeviceError | undefined {
  const code = (device.errorCode ?? '').trim().toLowerCase();
  const description = (device.errorDescription ?? '').trim().toLowerCase();
  const says = (value: string) =>
    code === value.toLowerCase() || description === value.toLowerCase();
  if (says('806') || says('ZtdDeviceAlreadyAssigned')) return 'alreadyInThisTenant';
  if (says('808') || says('ZtdDeviceAssignedToOtherTenant')) return 'inAnotherTenant';
  if (says('802') || says('InvalidZtdHardwareHash')) return 'invalidHash';
  if (says('ZtdDeviceDuplicated')) return 'duplicated';
  if (says('StorageError')) return 'storage';
  return undefined;
}
