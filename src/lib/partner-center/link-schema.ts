import { z } from 'zod/mini';
import { lenientList, lenientOptional } from '@/lib/partner-center/lenient-optional';

/** One request header a link asks the caller to send, e.g. `MS-ContinuationToken` on `links.next`. */
export const linkHeaderSchema = z.object({
  key: z.string(),
  value: z.string(),
});

/**
 * A Link (docs/partner-center-api.md §5). `uri` is usually host-relative and comes both with and
 * without the `/v1` prefix; resolve it with `resolveApiLink`, never by string concatenation. A link
 * without a readable `uri` is no link: where a link is optional, it then reads as not given.
 * `headers` may be missing or null (an empty list then), `body` absent, null or a string.
 */
export const linkSchema = z.object({
  uri: z.string(),
  method: lenientOptional(z.string()),
  headers: z.pipe(
    lenientList(linkHeaderSchema),
    z.transform((headers) => headers ?? []),
  ),
  body: lenientOptional(z.string()),
});

/** `links` of a resource or collection; each entry is omitted when null and the object may be `{}`. */
export const resourceLinksSchema = z.object({
  self: lenientOptional(linkSchema),
  next: lenientOptional(linkSchema),
  previous: lenientOptional(linkSchema),
});

export type LinkHeader = z.infer<typeof linkHeaderSchema>;
export type Link = z.infer<typeof linkSchema>;
export type ResourceLinks = z.infer<typeof resourceLinksSchema>;
