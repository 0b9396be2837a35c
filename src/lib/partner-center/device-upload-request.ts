/**
 * One device to register (docs/partner-center-api.md §15, §17). Every field is optional in the
 * type, but the API identifies a device only by one of: hardware hash (with or without product key
 * and/or serial number), product key alone, or manufacturer + model + serial number (names exactly
 * as the OEM writes them; 4K hashes only). Fields left undefined are not sent.
 */
export interface DeviceToUpload {
  hardwareHash?: string | undefined;
  productKey?: string | undefined;
  serialNumber?: string | undefined;
  oemManufacturerName?: string | undefined;
  modelName?: string | undefined;
}

/**
 * The body of `POST /v1/customers/{id}/deviceBatches` (DeviceBatchCreationRequest): a new batch
 * named `batchId`, a name the caller chooses, with its first devices. Sent in camelCase, which the
 * API accepts although the docs write PascalCase. Adding devices to an existing batch
 * (`POST …/deviceBatches/{batchId}/devices`) sends `devices` alone, as a bare array.
 */
export interface DeviceBatchCreationRequest {
  batchId: string;
  devices: readonly DeviceToUpload[];
}
