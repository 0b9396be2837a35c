import { z } from 'zod/mini';
import { resourceLinksSchema, type Link } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * A ResourceCollection, or its seek-based form with a top-level `continuationToken` (docs/partner-center-api.md §5).
 * `totalCount` counts the items of this page in every known example, not of the whole result:
 * show progress against a known total (e.g. a batch's `devicesCount`), not against this number.
 */
export function collectionSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    totalCount: z.int().check(z.nonnegative()),
    items: z.array(item),
    links: z.optional(resourceLinksSchema),
    continuationToken: z.optional(z.string()),
    attributes: resourceAttributesSchema,
  });
}

/** The fields the pager reads from any collection page. */
export interface PagedCollection {
  items: unknown[];
  links?: { next?: Link | undefined } | undefined;
  continuationToken?: string | undefined;
}
