import type { PolicyRecord } from '../seed/autopilot-profiles';
import type { BatchRecord, DeviceRecord, WireForms } from '../seed/seed-records';
import { batchCountField, batchDevicesLink, optionalField } from './live-forms';
import type { LinkFactory } from './links';

/**
 * DeviceBatch, Device and ConfigurationPolicy (docs/partner-center-api.md §7) with the keys in the
 * order of the docs examples. In documented forms absent values are left out, never null
 * (observed, §6.5), except a device's unassigned profile, which the docs example writes as
 * `{"key":"o_o_b_e","value":null}`; live forms (live-forms.ts) write nulls.
 */
export const devicesPath = (customerId: string, batchId: string): string =>
  `/customers/${customerId}/deviceBatches/${batchId}/devices`;

/** Where a batch sits in its customer's list, and in which forms the list is written. */
export interface BatchPlacement {
  readonly forms: WireForms;
  readonly position: number;
}

/** What the batch list shows of a batch, seeded or created by an upload. */
export type BatchSummary = Pick<BatchRecord, 'id' | 'creationDate' | 'devicesCount' | 'createdBy'>;

export function deviceBatchResource(
  customerId: string,
  batch: BatchSummary,
  status: string | undefined,
  link: LinkFactory,
  { forms, position }: BatchPlacement,
) {
  return {
    id: batch.id,
    ...(status !== undefined && { status }),
    creationDate: batch.creationDate,
    [batchCountField(forms, position)]: batch.devicesCount,
    devicesLink: batchDevicesLink(forms, link.item(devicesPath(customerId, batch.id)), position),
    ...optionalField(forms, 'createdBy', batch.createdBy),
    attributes: { objectType: 'DeviceBatch' },
  };
}

/**
 * A device as the devices list shows it, seeded or uploaded: what it was registered with. A seeded
 * device registered by its hash alone has no serial, model or manufacturer on record (§15).
 */
export interface ListedDevice {
  readonly id: string;
  readonly serialNumber?: string;
  readonly productKey?: string;
  readonly hardwareHash?: string;
  readonly modelName?: string;
  readonly oemManufacturerName?: string;
  readonly uploadedDate: string;
  readonly uploadedBy?: string;
}

/** A seeded device as the devices list shows it, its profile aside (that is `DeviceState`'s). */
export function listedSeededDevice(device: DeviceRecord): ListedDevice {
  const { id, productKey, hardwareHash, uploadedDate, uploadedBy } = device;
  return {
    id,
    ...(device.hashOnly !== true && {
      serialNumber: device.serialNumber,
      modelName: device.modelName,
      oemManufacturerName: device.oemManufacturerName,
    }),
    ...(productKey !== undefined && { productKey }),
    ...(hardwareHash !== undefined && { hardwareHash }),
    uploadedDate,
    ...(uploadedBy !== undefined && { uploadedBy }),
  };
}

/**
 * What the emulator's state decides about a listed device: the name of its Autopilot profile now
 * (undefined: none; device-management/profile-usage.ts) and the methods the caller may use on it
 * (device-management/changeable-devices.ts).
 */
export interface DeviceState {
  readonly profileName: string | undefined;
  readonly allowedOperations: readonly string[];
}

export function deviceResource(device: ListedDevice, state: DeviceState, forms: WireForms) {
  return {
    id: device.id,
    ...optionalField(forms, 'serialNumber', device.serialNumber),
    ...optionalField(forms, 'productKey', device.productKey),
    ...optionalField(forms, 'hardwareHash', device.hardwareHash),
    ...optionalField(forms, 'modelName', device.modelName),
    ...optionalField(forms, 'oemManufacturerName', device.oemManufacturerName),
    policies: [{ key: 'o_o_b_e', value: state.profileName ?? null }],
    uploadedDate: device.uploadedDate,
    ...optionalField(forms, 'uploadedBy', device.uploadedBy),
    allowedOperations: state.allowedOperations,
    attributes: { objectType: 'Device' },
  };
}

/**
 * A ConfigurationPolicy; `devicesAssigned` is the number of the customer's devices that use it now
 * (device-management/profile-usage.ts), spelled as in the docs' examples.
 */
export function policyResource(policy: PolicyRecord, devicesAssigned: number) {
  return {
    id: policy.id,
    name: policy.name,
    category: 'o_o_b_e',
    description: policy.description,
    devicesAssigned,
    policySettings: policy.policySettings,
    createdDate: policy.createdDate,
    lastModifiedDate: policy.lastModifiedDate,
    attributes: { objectType: 'ConfigurationPolicy' },
  };
}
