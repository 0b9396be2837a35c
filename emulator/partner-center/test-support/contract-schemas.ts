import { z } from 'zod';

/**
 * The API contract as docs/partner-center-api.md describes it, written
 * independently of the emulator's own types so that a misreading in one is caught by the other.
 * Objects are strict: the emulator must not invent fields. Optional fields reject null, which
 * checks that absent values are omitted (docs/partner-center-api.md §6.5).
 */
export const dotNetDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{7}[+-]\d{2}:\d{2}|\.\d{1,7}Z)?$/,
    'a .NET date: no offset, Z with 1–7 fraction digits, or 7 digits and an offset (§5)',
  );
const guid = z.string().regex(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
/** A GUID in most examples, `9993-8627-3608-6844-6369-4361-72` in one (§7). */
export const deviceId = z.union([guid, z.string().regex(/^\d{4}(?:-\d{4}){5}-\d{2}$/)]);

export const attributes = (objectType: string) =>
  z.strictObject({ etag: z.string().optional(), objectType: z.literal(objectType) });

/** §5 Link: host-relative uri, method, headers (§1.3). */
export const linkSchema = z.strictObject({
  uri: z.string().regex(/^\/(?!\/)/, 'a host-relative path'),
  method: z.literal('GET'),
  headers: z.array(z.strictObject({ key: z.string(), value: z.string() })),
});

const linksSchema = z.strictObject({
  self: linkSchema.optional(),
  next: linkSchema.optional(),
  previous: linkSchema.optional(),
});

/**
 * §5 ResourceCollection / SeekBasedResourceCollection; totalCount equals items.length in every
 * example.
 */
export const collectionSchema = <Item extends z.ZodType>(item: Item) =>
  z
    .strictObject({
      totalCount: z.int().min(0),
      items: z.array(item),
      continuationToken: z.string().min(1).optional(),
      links: linksSchema.optional(),
      attributes: attributes('Collection'),
    })
    .refine((collection) => collection.totalCount === collection.items.length, 'totalCount');

/** §6.1, §7 Customer in list results (no commerceId, billingProfile, allowDelegatedAccess). */
const companyProfileFields = {
  tenantId: guid,
  domain: z.string().regex(/\.onmicrosoft\.com$/),
  companyName: z.string().min(1),
  links: z.strictObject({ self: linkSchema }).optional(),
  attributes: attributes('CustomerCompanyProfile'),
};
const relationshipToPartner = z.enum([
  'none',
  'reseller',
  'advisor',
  'syndication',
  'microsoft_support',
]);

export const customerListItemSchema = z.strictObject({
  id: guid,
  companyProfile: z.strictObject(companyProfileFields),
  relationshipToPartner,
  links: z.strictObject({ self: linkSchema }).optional(),
  attributes: attributes('Customer'),
});

/** §6.3 get-by-id: the extra fields only this shape has. */
export const customerDetailSchema = z.strictObject({
  id: guid,
  commerceId: guid,
  companyProfile: z.strictObject({
    ...companyProfileFields,
    address: z.looseObject({ country: z.string().length(2), city: z.string() }),
    email: z.email(),
  }),
  billingProfile: z.looseObject({
    id: guid,
    email: z.email(),
    culture: z.string(),
    language: z.string(),
    companyName: z.string(),
    defaultAddress: z.looseObject({ country: z.string() }),
    attributes: attributes('CustomerBillingProfile'),
  }),
  relationshipToPartner,
  allowDelegatedAccess: z.boolean(),
  customDomains: z.array(z.string()),
  links: z.strictObject({ self: linkSchema }).optional(),
  attributes: attributes('Customer'),
});

/** §6.4, §7, §8 DeviceBatch: `status` optional and open-ended. */
export const deviceBatchSchema = z.strictObject({
  id: z.string().min(1),
  status: z.string().optional(),
  creationDate: dotNetDate,
  devicesCount: z.int().min(0),
  devicesLink: linkSchema,
  createdBy: z.string().optional(),
  attributes: attributes('DeviceBatch'),
});

/** §6.5, §7 Device, with one of the identifying combinations accepted on upload. */
export const deviceSchema = z
  .strictObject({
    id: deviceId,
    serialNumber: z.string().optional(),
    productKey: z.string().optional(),
    hardwareHash: z.base64().optional(),
    modelName: z.string().optional(),
    oemManufacturerName: z.string().optional(),
    policies: z.array(
      z.strictObject({ key: z.enum(['o_o_b_e', 'none']), value: z.string().nullable() }),
    ),
    uploadedDate: dotNetDate,
    uploadedBy: z.string().optional(),
    allowedOperations: z.array(z.enum(['GET', 'PATCH', 'DELETE'])),
    attributes: attributes('Device'),
  })
  .refine(
    (device) =>
      device.hardwareHash !== undefined ||
      device.productKey !== undefined ||
      (device.serialNumber !== undefined &&
        device.oemManufacturerName !== undefined &&
        device.modelName !== undefined),
    'an identifying combination (§7)',
  );

/** §6.7, §7 ConfigurationPolicy, spelled as in the examples (`devicesAssigned`). */
export const policySchema = z.strictObject({
  id: guid,
  name: z.string().min(1),
  category: z.literal('o_o_b_e'),
  description: z.string(),
  devicesAssigned: z.int().min(0),
  policySettings: z.array(
    z.enum([
      'none',
      'remove_oem_preinstalls',
      'oobe_user_not_local_admin',
      'skip_express_settings',
      'skip_oem_registration',
      'skip_eula',
    ]),
  ),
  createdDate: dotNetDate,
  lastModifiedDate: dotNetDate,
  attributes: attributes('ConfigurationPolicy'),
});

/** §6.6, §7 DeviceUploadDetails: per-device statuses of the docs (`in-progress`) or the SDK. */
export const deviceUploadDetailsSchema = z.strictObject({
  deviceId: deviceId.optional(),
  serialNumber: z.string().optional(),
  productKey: z.string().optional(),
  status: z.enum(['in-progress', 'queued', 'processing', 'finished', 'finished_with_errors']),
  errorCode: z.string().optional(),
  errorDescription: z.string().optional(),
  attributes: attributes('DeviceUploadDetails'),
});

/** §6.6, §7 BatchUploadDetails; `completedTime` is `0001-01-01T00:00:00` until finished. */
export const batchUploadDetailsSchema = z.strictObject({
  batchTrackingId: guid,
  status: z.enum(['unknown', 'queued', 'processing', 'finished', 'finished_with_errors']),
  startedTime: dotNetDate,
  completedTime: dotNetDate,
  devicesStatus: z.array(deviceUploadDetailsSchema),
  attributes: attributes('BatchUploadDetails'),
});

/** The API error body §9 shows, to compare an answer with in full. */
export const apiErrorBody = (code: number, description: string) => ({
  code,
  description,
  data: [],
  source: 'PartnerFD',
});

/** §9 API error body, numeric code as observed. */
export const apiErrorSchema = z.strictObject({
  code: z.int(),
  description: z.string().min(1).max(1024),
  data: z.array(z.unknown()),
  source: z.string().min(1),
});

/** §9 gateway error body. */
export const gatewayErrorSchema = z.strictObject({ statusCode: z.int(), message: z.string() });
