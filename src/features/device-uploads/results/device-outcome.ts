import type { DeviceUploadDetails } from '@/lib/partner-center/batch-job-status-schema';
import { isUploadRunning, readUploadStatus } from '@/lib/partner-center/upload-status';

/** What happened to one device of an upload, as the tracker shows it. */
export type DeviceOutcome = 'waiting' | 'registered' | 'failed';

/**
 * A device still queued or in progress is waiting; one with an error code (or a
 * `finished_with_errors` status) failed; any other finished device is registered. The docs' own
 * example gives a failed device the status `finished` with `errorCode` 808, so the code decides.
 */
export function deviceOutcome(device: DeviceUploadDetails): DeviceOutcome {
  if (isUploadRunning(device.status)) return 'waiting';
  const code = device.errorCode?.trim() ?? '';
  if (code !== '' && code !== '0') return 'failed';
  return readUploadStatus(device.status) === 'finished_with_errors' ? 'failed' : 'registered';
}

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
