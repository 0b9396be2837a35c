import { dotNetUtcDate, unsetDotNetDate } from '../../seed/dotnet-dates';
import type { WireForms } from '../../seed/seed-records';
import { optionalField } from '../live-forms';
import type { BatchJobDevice, BatchJobSnapshot } from './batch-job-queue';

/**
 * BatchUploadDetails (docs/partner-center-api.md §6.6, §7, §15): what `batchJobStatus` answers for
 * an upload and for a profile assignment alike, keys in the order of the docs' example, absent
 * values left out (documented forms) or null (live forms), like the other resources.
 *
 * While a job runs, `completedTime` is .NET's "not set" date and every device is `in-progress`, the
 * per-device value of the docs' resource table; in live forms a device carries the job's value
 * instead (`queued`, `processing`), as the .NET SDK's shared enum allows.
 */
function deviceStatus(device: BatchJobDevice, job: BatchJobSnapshot, forms: WireForms): string {
  if (job.completedAt === undefined) return forms === 'live' ? job.status : 'in-progress';
  return device.error === undefined ? 'finished' : 'finished_with_errors';
}

export function batchUploadDetailsResource(job: BatchJobSnapshot, forms: WireForms) {
  return {
    batchTrackingId: job.trackingId,
    status: job.status,
    startedTime: dotNetUtcDate(job.startedAt),
    completedTime: job.completedAt === undefined ? unsetDotNetDate : dotNetUtcDate(job.completedAt),
    devicesStatus: job.devices.map((device) => ({
      ...optionalField(forms, 'deviceId', device.deviceId),
      ...optionalField(forms, 'serialNumber', device.serialNumber),
      ...optionalField(forms, 'productKey', device.productKey),
      status: deviceStatus(device, job, forms),
      ...optionalField(forms, 'errorCode', device.error?.errorCode),
      ...optionalField(forms, 'errorDescription', device.error?.errorDescription),
      attributes: { objectType: 'DeviceUploadDetails' },
    })),
    attributes: { objectType: 'BatchUploadDetails' },
  };
}
