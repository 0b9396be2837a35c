import { z } from 'zod/mini';
import { lenientOptional } from '@/lib/partner-center/lenient-optional';
import { resourceLinksSchema, type Link } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * A ResourceCollection, or its seek-based form with a top-level `continuationToken` (docs/partner-center-api.md §5).
 * `totalCount` counts the items of this page in every known example, not of the whole result:
 * show progress against a known total (e.g. a batch's `devicesCount`), not against this number.
 * Only `items` is required; the rest is read leniently (see `lenientOptional`).
 */
export function collectionSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    totalCount: lenientOptional(z.int().check(z.nonnegative())),
    items: z.array(item),
    links: lenientOptional(resourceLinksSchema),
    continuationToken: lenientOptional(z.string()),
    attributes: lenientOptional(resourceAttributesSchema),
  });
}

/** The fields the pager reads from any collection page. */
export interface PagedCollection {
  items: unknown[];
  links?: { next?: Link | undefined } | undefined;
  continuationToken?: string | undefined;
}
