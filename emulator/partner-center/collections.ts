import type { Link } from './links';

/**
 * ResourceCollection / SeekBasedResourceCollection (docs/partner-center-api.md §5). `totalCount` is
 * the number of items in this response, as in every example and as the .NET SDK reads it. Keys keep
 * the order of the docs examples: totalCount, items, continuationToken, links, attributes.
 */
export interface CollectionLinks {
  readonly self?: Link;
  readonly next?: Link;
}

export function collection(
  items: readonly unknown[],
  paging?: { readonly links: CollectionLinks; readonly continuationToken?: string },
): Record<string, unknown> {
  return {
    totalCount: items.length,
    items,
    ...(paging?.continuationToken !== undefined && {
      continuationToken: paging.continuationToken,
    }),
    ...(paging && { links: paging.links }),
    attributes: { objectType: 'Collection' },
  };
}
