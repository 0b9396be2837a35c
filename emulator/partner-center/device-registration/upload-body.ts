import { z } from 'zod';
import { lowerCaseKeys, parseJsonBody, requiredOr, type ParsedBody } from '../json-body';

/**
 * The bodies of the two upload calls (docs/partner-center-api.md §15): a DeviceBatchCreationRequest
 * `{ batchId, devices }` and a list of devices. Property names are matched without regard to case:
 * the docs write `BatchId` and `Devices`, PowerShell and community tools send camelCase, and the
 * .NET SDK serialises every Device property, with nulls for those it has no value for (`Id`,
 * `Policies`, …), so other properties are ignored and a null or blank value counts as absent.
 */
export interface DeviceInput {
  readonly hardwareHash?: string;
  readonly productKey?: string;
  readonly serialNumber?: string;
  readonly oemManufacturerName?: string;
  readonly modelName?: string;
}

export interface BatchCreationInput {
  readonly batchId: string;
  readonly devices: readonly DeviceInput[];
}

/**
 * No maximum is documented for Partner Center; the emulator takes the Intune CSV import's
 * documented limit of 500 rows (docs/partner-center-api.md §15, §17) and refuses more.
 */
export const maxDevicesPerUpload = 500;

const deviceFieldNames = [
  'hardwareHash',
  'productKey',
  'serialNumber',
  'oemManufacturerName',
  'modelName',
] as const;

const fieldNames = [...deviceFieldNames, 'batchId', 'devices'];

const optionalText = z
  .string({ error: 'must be a string' })
  .nullish()
  .transform((value) => {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
  });

/** One of the identifying combinations (§15): a hash, a product key, or serial + maker + model. */
const identifies = (device: DeviceInput): boolean =>
  device.hardwareHash !== undefined ||
  device.productKey !== undefined ||
  (device.serialNumber !== undefined &&
    device.oemManufacturerName !== undefined &&
    device.modelName !== undefined);

const deviceSchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(
      {
        hardwarehash: optionalText,
        productkey: optionalText,
        serialnumber: optionalText,
        oemmanufacturername: optionalText,
        modelname: optionalText,
      },
      { error: 'must be an object' },
    )
    .transform(
      ({
        hardwarehash,
        productkey,
        serialnumber,
        oemmanufacturername,
        modelname,
      }): DeviceInput => ({
        ...(hardwarehash !== undefined && { hardwareHash: hardwarehash }),
        ...(productkey !== undefined && { productKey: productkey }),
        ...(serialnumber !== undefined && { serialNumber: serialnumber }),
        ...(oemmanufacturername !== undefined && { oemManufacturerName: oemmanufacturername }),
        ...(modelname !== undefined && { modelName: modelname }),
      }),
    )
    .refine(
      identifies,
      'needs a hardwareHash, a productKey, or a serialNumber with oemManufacturerName and modelName',
    ),
);

const devicesSchema = z
  .array(z.unknown(), { error: requiredOr('must be a list') })
  .min(1, 'must hold at least one device')
  .max(maxDevicesPerUpload, `may hold at most ${maxDevicesPerUpload} devices per request`)
  .pipe(z.array(deviceSchema));

const batchCreationSchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(
      {
        batchid: z
          .string({ error: requiredOr('must be a string') })
          .refine((batchId) => batchId.trim() !== '', 'must not be empty'),
        devices: devicesSchema,
      },
      { error: 'must be a JSON object with batchId and devices' },
    )
    .transform(({ batchid, devices }): BatchCreationInput => ({ batchId: batchid, devices })),
);

/** A bare list is read as `{ devices: [...] }`, so problems are named `devices[2]…` either way. */
const deviceListSchema = z.preprocess(
  (value) => (Array.isArray(value) ? { devices: value } : lowerCaseKeys(value)),
  z
    .looseObject({ devices: devicesSchema }, { error: 'must be a list of devices' })
    .transform(({ devices }): readonly DeviceInput[] => devices),
);

/** `POST …/deviceBatches`: `{ batchId, devices }`. */
export const parseBatchCreationBody = (text: string): ParsedBody<BatchCreationInput> =>
  parseJsonBody(batchCreationSchema, text, fieldNames);

/**
 * `POST …/deviceBatches/{batchId}/devices`: the docs send a bare list of devices; the REST
 * reference describes an object with `devices`. Both are taken.
 */
export const parseDeviceListBody = (text: string): ParsedBody<readonly DeviceInput[]> =>
  parseJsonBody(deviceListSchema, text, fieldNames);
