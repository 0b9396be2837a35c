import { z } from 'zod';

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

export type ParsedBody<Value> =
  { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly problem: string };

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

/** Lower-cased property name → the name used in messages. */
const displayNames: Readonly<Record<string, string>> = Object.fromEntries(
  [...deviceFieldNames, 'batchId', 'devices'].map((name) => [name.toLowerCase(), name]),
);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ BatchId, Devices }` and `{ batchId, devices }` alike: keys lower-cased before parsing. */
const lowerCaseKeys = (value: unknown): unknown =>
  isRecord(value)
    ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]))
    : value;

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
  .array(z.unknown(), {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list'),
  })
  .min(1, 'must hold at least one device')
  .max(maxDevicesPerUpload, `may hold at most ${maxDevicesPerUpload} devices per request`)
  .pipe(z.array(deviceSchema));

const batchCreationSchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(
      {
        batchid: z
          .string({
            error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string'),
          })
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

/** `devices[2].hardwareHash must be a string`: the first problem, named as the docs name it. */
function describeIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  if (issue === undefined) return 'the body is not valid';
  const where = issue.path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : `${index === 0 ? '' : '.'}${displayNames[String(segment)] ?? String(segment)}`,
    )
    .join('');
  return where === '' ? `the body ${issue.message}` : `${where} ${issue.message}`;
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    // .NET clients may write a byte order mark before the JSON.
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function parseWith<Value>(schema: z.ZodType<Value>, text: string): ParsedBody<Value> {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problem: 'the body is not JSON' };
  const parsed = schema.safeParse(json.json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problem: describeIssue(parsed.error) };
}

/** `POST …/deviceBatches`: `{ batchId, devices }`. */
export const parseBatchCreationBody = (text: string): ParsedBody<BatchCreationInput> =>
  parseWith(batchCreationSchema, text);

/**
 * `POST …/deviceBatches/{batchId}/devices`: the docs send a bare list of devices; the REST
 * reference describes an object with `devices`. Both are taken.
 */
export const parseDeviceListBody = (text: string): ParsedBody<readonly DeviceInput[]> =>
  parseWith(deviceListSchema, text);
