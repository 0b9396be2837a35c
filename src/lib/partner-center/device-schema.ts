import { z } from 'zod';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * A policy assigned to a device: `key` is a category such as `o_o_b_e`; `value` is the profile
 * name, or null when none is assigned (docs example) — the observed service also omits it.
 */
export const devicePolicySchema = z.object({
  key: z.string(),
  value: z.string().nullable().optional(),
});

/** A Device in a batch (brief §6.5, §7). The service omits null fields, so all but `id` are optional. */
export const deviceSchema = z.object({
  id: z.string(),
  serialNumber: z.string().optional(),
  productKey: z.string().optional(),
  hardwareHash: z.string().optional(),
  modelName: z.string().optional(),
  oemManufacturerName: z.string().optional(),
  uploadedDate: z.string().optional(),
  uploadedBy: z.string().optional(),
  policies: z.array(devicePolicySchema).optional(),
  allowedOperations: z.array(z.string()).optional(),
  links: resourceLinksSchema.optional(),
  attributes: resourceAttributesSchema.optional(),
});

/** One page (100 devices) of `GET /v1/customers/{id}/deviceBatches/{batchId}/devices`. */
export const deviceCollectionSchema = collectionSchema(deviceSchema);

export type DevicePolicy = z.infer<typeof devicePolicySchema>;
export type Device = z.infer<typeof deviceSchema>;
export type DeviceCollection = z.infer<typeof deviceCollectionSchema>;
