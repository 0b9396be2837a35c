import { z } from 'zod/mini';
import { lenientList, lenientOptional } from '@/lib/partner-center/lenient-optional';

/**
 * A device's error code: a string in the docs and SDK (`"808"`). Read as text when it comes as a
 * number, as the API's error codes do (docs/partner-center-api.md §9), so the code is not lost.
 */
const errorCodeSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((code) => String(code)),
);

/**
 * DeviceUploadDetails, one device of an upload (docs/partner-center-api.md §7). `status` is a free
 * string: the docs give `in-progress`, `finished`, `finished_with_errors`, the SDK the batch values;
 * read it with `readUploadStatus`. `errorCode` (e.g. `806`, `808`, `802`) and `errorDescription`
 * (e.g. `ZtdDeviceAssignedToOtherTenant`) say why a device was not registered. Every field may be
 * absent, null or unreadable and then reads as not given.
 */
export const deviceUploadDetailsSchema = z.object({
  deviceId: lenientOptional(z.string()),
  serialNumber: lenientOptional(z.string()),
  productKey: lenientOptional(z.string()),
  status: lenientOptional(z.string()),
  errorCode: lenientOptional(errorCodeSchema),
  errorDescription: lenientOptional(z.string()),
});

/**
 * BatchUploadDetails: `GET /v1/customers/{id}/batchJobStatus/{trackingId}` (§6.6, §7). `status` is
 * the one required field, as any string (`unknown`, `queued`, `processing`, `finished`,
 * `finished_with_errors`, or a value the docs do not list; see `readUploadStatus`): an answer
 * without it says nothing about the upload, and must not be read as "still running" or "done".
 * `startedTime` and `completedTime` stay strings, read with `readPartnerCenterDate`: the service
 * sends `0001-01-01T00:00:00` ("not set") for a completion that has not happened yet.
 */
export const batchJobStatusSchema = z.object({
  batchTrackingId: lenientOptional(z.string()),
  status: z.string(),
  startedTime: lenientOptional(z.string()),
  completedTime: lenientOptional(z.string()),
  devicesStatus: lenientList(deviceUploadDetailsSchema),
});

export type DeviceUploadDetails = z.infer<typeof deviceUploadDetailsSchema>;
export type BatchJobStatus = z.infer<typeof batchJobStatusSchema>;
