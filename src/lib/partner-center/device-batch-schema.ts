import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { linkSchema, resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * A DeviceBatch (docs/partner-center-api.md §7, §8). `id` is a caller-chosen name that may contain spaces or `#`, `?`,
 * `%`. `status` appears only in the docs' example and has no documented value set, so it is an
 * optional free string. The docs spell `devicesCount` both ways; the example, SDK and REST
 * reference agree on `devicesCount`.
 */
export const deviceBatchSchema = z.object({
  id: z.string(),
  status: z.optional(z.string()),
  creationDate: z.string(),
  devicesCount: z.int().check(z.nonnegative()),
  devicesLink: linkSchema,
  createdBy: z.optional(z.string()),
  links: z.optional(resourceLinksSchema),
  attributes: z.optional(resourceAttributesSchema),
});

/** `GET /v1/customers/{id}/deviceBatches`. */
export const deviceBatchCollectionSchema = collectionSchema(deviceBatchSchema);

export type DeviceBatch = z.infer<typeof deviceBatchSchema>;
export type DeviceBatchCollection = z.infer<typeof deviceBatchCollectionSchema>;
