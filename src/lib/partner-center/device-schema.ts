import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * A policy assigned to a device: `key` is a category such as `o_o_b_e`; `value` is the profile
 * name, or null when none is assigned (docs example) — the observed service also omits it.
 */
export const devicePolicySchema = z.object({
  key: z.string(),
  value: z.optional(z.nullable(z.string())),
});

/** A Device in a batch (docs/partner-center-api.md §6.5, §7). The service omits null fields, so all but `id` are optional. */
export const deviceSchema = z.object({
  id: z.string(),
  serialNumber: z.optional(z.string()),
  productKey: z.optional(z.string()),
  hardwareHash: z.optional(z.string()),
  modelName: z.optional(z.string()),
  oemManufacturerName: z.optional(z.string()),
  uploadedDate: z.optional(z.string()),
  uploadedBy: z.optional(z.string()),
  policies: z.optional(z.array(devicePolicySchema)),
  allowedOperations: z.optional(z.array(z.string())),
  links: z.optional(resourceLinksSchema),
  attributes: z.optional(resourceAttributesSchema),
});

/** One page (100 devices) of `GET /v1/customers/{id}/deviceBatches/{batchId}/devices`. */
export const deviceCollectionSchema = collectionSchema(deviceSchema);

export type DevicePolicy = z.infer<typeof devicePolicySchema>;
export type Device = z.infer<typeof deviceSchema>;
export type DeviceCollection = z.infer<typeof deviceCollectionSchema>;
