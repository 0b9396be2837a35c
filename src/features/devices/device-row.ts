import type { Device } from '@/lib/partner-center/device-schema';
import {
  readPartnerCenterDate,
  sortableTime,
  type PartnerCenterDate,
} from '@/lib/partner-center/read-partner-center-date';
import { allowsOperation } from './device-operations';
import { autopilotProfileOf } from './device-profile';

/** A device as the table, the filters and the export read it: every derived value worked out once. */
export interface DeviceRow {
  readonly id: string;
  readonly serialNumber: string | undefined;
  readonly productKey: string | undefined;
  readonly hardwareHash: string | undefined;
  readonly modelName: string | undefined;
  readonly manufacturer: string | undefined;
  /** The Autopilot profile's name; null when the device has none. */
  readonly profile: string | null;
  /** When it was uploaded, as read for display: a date, not given, not set, or unreadable text. */
  readonly uploaded: PartnerCenterDate;
  /** Milliseconds since the epoch, for sorting and the export; null for anything but a real date. */
  readonly uploadedAt: number | null;
  readonly uploadedBy: string | undefined;
  /** Serial number, product key and model in lower case, for the search box. */
  readonly searchText: string;
  /** Whether `allowedOperations` lets the caller assign a profile (PATCH) / deregister (DELETE). */
  readonly mayPatch: boolean;
  readonly mayDelete: boolean;
}

// Devices are appended page by page and never change, so each one is converted only once.
const rows = new WeakMap<Device, DeviceRow>();

export function toDeviceRow(device: Device): DeviceRow {
  let row = rows.get(device);
  if (!row) {
    row = createRow(device);
    rows.set(device, row);
  }
  return row;
}

function createRow(device: Device): DeviceRow {
  const uploaded = readPartnerCenterDate(device.uploadedDate);
  return {
    id: device.id,
    serialNumber: device.serialNumber,
    productKey: device.productKey,
    hardwareHash: device.hardwareHash,
    modelName: device.modelName,
    manufacturer: device.oemManufacturerName,
    profile: autopilotProfileOf(device),
    uploaded,
    uploadedAt: sortableTime(uploaded) ?? null,
    uploadedBy: device.uploadedBy,
    searchText: [device.serialNumber, device.productKey, device.modelName]
      .filter(Boolean)
      .join('\n')
      .toLowerCase(),
    mayPatch: allowsOperation(device.allowedOperations, 'PATCH'),
    mayDelete: allowsOperation(device.allowedOperations, 'DELETE'),
  };
}
