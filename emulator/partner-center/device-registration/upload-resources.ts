import { formatDotNetDate, unsetDotNetDate } from '../../seed/dotnet-dates';
import type { WireForms } from '../../seed/seed-records';
import { allowedDeviceOperations } from '../device-resources';
import { optionalField } from '../live-forms';
import type {
  RegisteredDevice,
  UploadedDeviceStatus,
  UploadSnapshot,
} from './device-registrations';

/**
 * BatchUploadDetails and the Device resource of an uploaded device (docs/partner-center-api.md §7,
 * §15), keys in the order of the docs' examples, absent values left out (documented forms) or
 * null (live forms), like the seeded resources in device-resources.ts.
 *
 * While an upload runs, `completedTime` is .NET's "not set" date and every device is
 * `in-progress`, the per-device value of the docs' resource table; in live forms a device carries
 * the batch's value instead (`queued`, `processing`), as the .NET SDK's shared enum allows. A
 * failed device has no `deviceId`, as in the docs' example.
 */
const dotNetUtc = (epochMs: number): string => formatDotNetDate(epochMs, 'utc', 0, 0, 7);

function deviceStatus(
  device: UploadedDeviceStatus,
  upload: UploadSnapshot,
  forms: WireForms,
): string {
  if (upload.completedAt === undefined) return forms === 'live' ? upload.status : 'in-progress';
  return device.error === undefined ? 'finished' : 'finished_with_errors';
}

export function batchUploadDetailsResource(upload: UploadSnapshot, forms: WireForms) {
  return {
    batchTrackingId: upload.trackingId,
    status: upload.status,
    startedTime: dotNetUtc(upload.startedAt),
    completedTime:
      upload.completedAt === undefined ? unsetDotNetDate : dotNetUtc(upload.completedAt),
    devicesStatus: upload.devices.map((device) => ({
      ...optionalField(forms, 'deviceId', device.deviceId),
      ...optionalField(forms, 'serialNumber', device.serialNumber),
      ...optionalField(forms, 'productKey', device.productKey),
      status: deviceStatus(device, upload, forms),
      ...optionalField(forms, 'errorCode', device.error?.errorCode),
      ...optionalField(forms, 'errorDescription', device.error?.errorDescription),
      attributes: { objectType: 'DeviceUploadDetails' },
    })),
    attributes: { objectType: 'BatchUploadDetails' },
  };
}

/** An uploaded device as the devices list shows it: no Autopilot profile yet. */
export function registeredDeviceResource(device: RegisteredDevice, forms: WireForms) {
  return {
    id: device.id,
    ...optionalField(forms, 'serialNumber', device.serialNumber),
    ...optionalField(forms, 'productKey', device.productKey),
    ...optionalField(forms, 'hardwareHash', device.hardwareHash),
    ...optionalField(forms, 'modelName', device.modelName),
    ...optionalField(forms, 'oemManufacturerName', device.oemManufacturerName),
    policies: [{ key: 'o_o_b_e', value: null }],
    uploadedDate: device.uploadedDate,
    ...optionalField(forms, 'uploadedBy', device.uploadedBy),
    allowedOperations: allowedDeviceOperations,
    attributes: { objectType: 'Device' },
  };
}
