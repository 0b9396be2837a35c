import type { DeviceUploadDetails } from '@/lib/partner-center/batch-job-status-schema';
import { normaliseProductKey, normaliseSerialNumber } from '../csv/known-devices';
import type { ValidDeviceRow } from '../csv/validate-device-rows';

/**
 * Finds the sent row a device's status reports on, by serial number, then product ID: the two
 * identifiers `batchJobStatus` gives back. Returns a lookup for the whole upload, built once.
 */
export function sentRowFinder(
  rows: readonly ValidDeviceRow[],
): (device: DeviceUploadDetails) => ValidDeviceRow | undefined {
  const bySerial = new Map<string, ValidDeviceRow>();
  const byProductKey = new Map<string, ValidDeviceRow>();
  for (const row of rows) {
    if (row.device.serialNumber) bySerial.set(normaliseSerialNumber(row.device.serialNumber), row);
    if (row.device.productKey) byProductKey.set(normaliseProductKey(row.device.productKey), row);
  }
  return (device) =>
    (device.serialNumber ? bySerial.get(normaliseSerialNumber(device.serialNumber)) : undefined) ??
    (device.productKey ? byProductKey.get(normaliseProductKey(device.productKey)) : undefined);
}
