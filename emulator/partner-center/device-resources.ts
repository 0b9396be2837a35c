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

export const allowedDeviceOperations = ['GET', 'PATCH', 'DELETE'] as const;

export function deviceResource(device: DeviceRecord, forms: WireForms) {
  // A device registered by its hash alone has no serial, model or manufacturer on record (§15).
  const identified = device.hashOnly !== true;
  return {
    id: device.id,
    ...optionalField(forms, 'serialNumber', identified ? device.serialNumber : undefined),
    ...optionalField(forms, 'productKey', device.productKey),
    ...optionalField(forms, 'hardwareHash', device.hardwareHash),
    ...optionalField(forms, 'modelName', identified ? device.modelName : undefined),
    ...optionalField(
      forms,
      'oemManufacturerName',
      identified ? device.oemManufacturerName : undefined,
    ),
    policies: [{ key: 'o_o_b_e', value: device.profileName ?? null }],
    uploadedDate: device.uploadedDate,
    ...optionalField(forms, 'uploadedBy', device.uploadedBy),
    allowedOperations: allowedDeviceOperations,
    attributes: { objectType: 'Device' },
  };
}

export function policyResource(policy: PolicyRecord) {
  return {
    id: policy.id,
    name: policy.name,
    category: 'o_o_b_e',
    description: policy.description,
    devicesAssigned: policy.devicesAssigned,
    policySettings: policy.policySettings,
    createdDate: policy.createdDate,
    lastModifiedDate: policy.lastModifiedDate,
    attributes: { objectType: 'ConfigurationPolicy' },
  };
}
