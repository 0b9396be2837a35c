import type { Device } from '@/lib/partner-center/device-schema';
import { toDeviceRow, type DeviceRow } from '../device-row';

/** A device as Partner Center sends it, with only what a test cares about filled in. */
export function aDevice(
  id: string,
  fields: Partial<Device> & { profile?: string | null } = {},
): Device {
  const { profile = null, ...rest } = fields;
  return {
    id,
    serialNumber: `SN-${id}`,
    modelName: 'Latitude 5440',
    oemManufacturerName: 'Dell Inc.',
    // As parsed: the API's `"value": null` reads as not given.
    policies: [{ key: 'o_o_b_e', value: profile ?? undefined }],
    uploadedDate: '2024-01-15T06:30:00',
    ...rest,
  };
}

export const aRow = (...args: Parameters<typeof aDevice>): DeviceRow =>
  toDeviceRow(aDevice(...args));
