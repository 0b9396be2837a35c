import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { lenientList, lenientOptional } from '@/lib/partner-center/lenient-optional';
import { resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * A policy assigned to a device: `key` is a category such as `o_o_b_e`; `value` is the profile
 * name, or null when none is assigned (docs example) — the observed service also omits it.
 */
export const devicePolicySchema = z.object({
  key: z.string(),
  value: lenientOptional(z.string()),
});

/**
 * A Device in a batch (docs/partner-center-api.md §6.5, §7). Only `id` is required: any other field
 * may be absent (the service omits null fields), null (the docs' examples) or unreadable, and then
 * reads as not given; a policy that cannot be read is left out.
 */
export const deviceSchema = z.object({
  id: z.string(),
  serialNumber: lenientOptional(z.string()),
  productKey: lenientOptional(z.string()),
  hardwareHash: lenientOptional(z.string()),
  modelName: lenientOptional(z.string()),
  oemManufacturerName: lenientOptional(z.string()),
  uploadedDate: lenientOptional(z.string()),
  uploadedBy: lenientOptional(z.string()),
  policies: lenientList(devicePolicySchema),
  allowedOperations: lenientList(z.string()),
  links: lenientOptional(resourceLinksSchema),
  attributes: lenientOptional(resourceAttributesSchema),
});

/** One page (100 devices) of `GET /v1/customers/{id}/deviceBatches/{batchId}/devices`. */
export const deviceCollectionSchema = collectionSchema(deviceSchema);

export type DevicePolicy = z.infer<typeof devicePolicySchema>;
export type Device = z.infer<typeof deviceSchema>;
export type DeviceCollection = z.infer<typeof deviceCollectionSchema>;
