import type { PolicyRecord } from '../seed/autopilot-profiles';
import type { BatchRecord, DeviceRecord } from '../seed/seed-records';
import type { LinkFactory } from './links';

/**
 * DeviceBatch, Device and ConfigurationPolicy (docs/partner-center-api.md §7) with the keys in the order of the docs
 * examples. Absent values are left out, never written as null (observed, docs/partner-center-api.md §6.5) — except a
 * device's unassigned profile, which the docs example writes as `{"key":"o_o_b_e","value":null}`.
 */
export const devicesPath = (customerId: string, batchId: string): string =>
  `/customers/${customerId}/deviceBatches/${batchId}/devices`;

export function deviceBatchResource(
  customerId: string,
  batch: BatchRecord,
  status: string | undefined,
  link: LinkFactory,
) {
  return {
    id: batch.id,
    ...(status !== undefined && { status }),
    creationDate: batch.creationDate,
    devicesCount: batch.devicesCount,
    devicesLink: link(devicesPath(customerId, batch.id)),
    ...(batch.createdBy !== undefined && { createdBy: batch.createdBy }),
    attributes: { objectType: 'DeviceBatch' },
  };
}

const allowedDeviceOperations = ['GET', 'PATCH', 'DELETE'] as const;

export function deviceResource(device: DeviceRecord) {
  return {
    id: device.id,
    serialNumber: device.serialNumber,
    ...(device.productKey !== undefined && { productKey: device.productKey }),
    ...(device.hardwareHash !== undefined && { hardwareHash: device.hardwareHash }),
    modelName: device.modelName,
    oemManufacturerName: device.oemManufacturerName,
    policies: [{ key: 'o_o_b_e', value: device.profileName ?? null }],
    uploadedDate: device.uploadedDate,
    ...(device.uploadedBy !== undefined && { uploadedBy: device.uploadedBy }),
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
