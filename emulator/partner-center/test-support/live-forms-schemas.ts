import { z } from 'zod';
import { attributes, deviceId, dotNetDate } from './contract-schemas';

/**
 * The live forms as docs/partner-center-api.md allows them, independent of the emulator's types:
 * a Link may lack `headers` and carry `body: null` (§5); a batch spells its count either way (§7);
 * a device writes every optional field, null when it has no value (§7).
 */
export const liveLinkSchema = z.strictObject({
  uri: z.string().regex(/^\/(?!\/)/, 'a host-relative path'),
  method: z.literal('GET'),
  headers: z.array(z.strictObject({ key: z.string(), value: z.string() })).optional(),
  body: z.null().optional(),
});

export const liveCollectionSchema = <Item extends z.ZodType>(item: Item) =>
  z
    .strictObject({
      totalCount: z.int().min(0),
      items: z.array(item),
      continuationToken: z.string().min(1).optional(),
      links: z.strictObject({ next: liveLinkSchema.optional() }),
      attributes: attributes('Collection'),
    })
    .refine((collection) => collection.totalCount === collection.items.length, 'totalCount');

const count = z.int().min(0);

export const liveDeviceBatchSchema = z
  .strictObject({
    id: z.string().min(1),
    status: z.string().optional(),
    creationDate: dotNetDate,
    devicesCount: count.optional(),
    deviceCount: count.optional(),
    devicesLink: liveLinkSchema,
    createdBy: z.string().nullable(),
    attributes: attributes('DeviceBatch'),
  })
  .refine(
    (batch) => (batch.devicesCount === undefined) !== (batch.deviceCount === undefined),
    'one count, spelled either way (§7)',
  );

const nullableText = z.string().min(1).nullable();

export const liveDeviceSchema = z.strictObject({
  id: deviceId,
  serialNumber: nullableText,
  productKey: nullableText,
  hardwareHash: z.base64().nullable(),
  modelName: nullableText,
  oemManufacturerName: nullableText,
  policies: z.array(z.strictObject({ key: z.literal('o_o_b_e'), value: z.string().nullable() })),
  uploadedDate: dotNetDate,
  uploadedBy: nullableText,
  allowedOperations: z.array(z.enum(['GET', 'PATCH', 'DELETE'])),
  attributes: attributes('Device'),
});

export type LiveDeviceBatch = z.infer<typeof liveDeviceBatchSchema>;
export type LiveDevice = z.infer<typeof liveDeviceSchema>;
