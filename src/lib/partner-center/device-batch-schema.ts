import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { lenientOptional } from '@/lib/partner-center/lenient-optional';
import { linkSchema, resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

const count = z.int().check(z.nonnegative());

/**
 * A DeviceBatch's fields as sent (docs/partner-center-api.md §7, §8). `id` is a caller-chosen name
 * that may contain spaces or `#`, `?`, `%`, and the one required field. `status` appears only in
 * the docs' example and has no documented value set, so it is a free string. The count is spelled
 * `devicesCount` (examples, SDK, REST reference) and `deviceCount` (resource table): both are read.
 * Every other field may be absent, null or unreadable and then reads as not given.
 */
export const deviceBatchFieldsSchema = z.object({
  id: z.string(),
  status: lenientOptional(z.string()),
  creationDate: lenientOptional(z.string()),
  devicesCount: lenientOptional(count),
  deviceCount: lenientOptional(count),
  devicesLink: lenientOptional(linkSchema),
  createdBy: lenientOptional(z.string()),
  links: lenientOptional(resourceLinksSchema),
  attributes: lenientOptional(resourceAttributesSchema),
});

/** A batch as the dashboard uses it: the count under its one name, `devicesCount`. */
export type DeviceBatch = Omit<z.output<typeof deviceBatchFieldsSchema>, 'deviceCount'>;

export const deviceBatchSchema = z.pipe(
  deviceBatchFieldsSchema,
  z.transform(({ deviceCount, ...batch }): DeviceBatch => ({
    ...batch,
    devicesCount: batch.devicesCount ?? deviceCount,
  })),
);

/** `GET /v1/customers/{id}/deviceBatches`. */
export const deviceBatchCollectionSchema = collectionSchema(deviceBatchSchema);

export type DeviceBatchCollection = z.infer<typeof deviceBatchCollectionSchema>;
