import { z } from 'zod/mini';

/** One request header a link asks the caller to send, e.g. `MS-ContinuationToken` on `links.next`. */
export const linkHeaderSchema = z.object({
  key: z.string(),
  value: z.string(),
});

/**
 * A Link (docs/partner-center-api.md §5). `uri` is usually host-relative and comes both with and without the `/v1`
 * prefix; resolve it with `resolveApiLink`, never by string concatenation.
 */
export const linkSchema = z.object({
  uri: z.string(),
  method: z.string(),
  headers: z.array(linkHeaderSchema),
  body: z.optional(z.string()),
});

/** `links` of a resource or collection; each entry is omitted when null and the object may be `{}`. */
export const resourceLinksSchema = z.object({
  self: z.optional(linkSchema),
  next: z.optional(linkSchema),
  previous: z.optional(linkSchema),
});

export type LinkHeader = z.infer<typeof linkHeaderSchema>;
export type Link = z.infer<typeof linkSchema>;
export type ResourceLinks = z.infer<typeof resourceLinksSchema>;
