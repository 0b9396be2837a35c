import type { ApiBase } from '@/lib/api-client/api-base';
import { encodePathPart, encodeQueryPart } from '@/lib/api-client/percent-encode';

export interface ResolveApiLinkOptions {
  /**
   * The whole uri is a path: `?` and `#` in it are characters of a name, not a query. Use it for a
   * batch's `devicesLink`, whose uri embeds the raw batch id ("Why? batch" → `Why%3F%20batch`).
   * Leave it off for `links.next`/`self`, whose `?` starts a real query (`?size=40&seekOperation=Next`).
   * A `/` inside an id cannot be told apart in either mode: prefer `buildApiPath` when the id is known.
   */
  pathOnly?: boolean;
}

/** `http://`/`https://` or scheme-relative `//`: groups scheme (optional), authority, rest. */
const ABSOLUTE_URL = /^(https?:)?\/\/([^/?#\\]*)(.*)$/is;
const VERSION_PREFIX = /^v1(?:\/|$)/i;

/**
 * Resolves a Partner Center link (docs/partner-center-api.md §1.3) to the URL to request:
 * - absolute `http(s)://host/...` (or `//host/...`) keeps its origin; the client's one gate,
 *   `resolveRequestUrl`, then refuses any URL outside the API base, so a foreign link is never
 *   fetched and the token never leaves (one check, which also catches `..` climbing out);
 * - `/v1/...` (any case) → API base + path;
 * - anything else → API base + `/v1/` + path without leading slashes (so never a double `/v1`).
 * Unsafe characters are escaped exactly once (`percent-encode.ts`). A `#` is always a character,
 * never a fragment: fragments are not sent to servers, so an API link cannot mean one.
 */
export function resolveApiLink(
  uri: string,
  apiBase: ApiBase,
  { pathOnly = false }: ResolveApiLinkOptions = {},
): URL {
  const absolute = ABSOLUTE_URL.exec(uri);
  if (absolute) {
    const [, scheme = '', authority = '', rest = ''] = absolute;
    const origin = new URL(`${scheme}//${authority}`, apiBase.origin).origin;
    const [path, query] = splitQuery(rest, pathOnly);
    const rootedPath = path.startsWith('/') ? path : `/${path}`;
    return new URL(`${origin}${encodePathPart(rootedPath)}${encodeQueryPart(query)}`);
  }
  const [path, query] = splitQuery(uri, pathOnly);
  const relative = path.replace(/^\/+/, '');
  const versioned = VERSION_PREFIX.test(relative) ? relative : `v1/${relative}`;
  return new URL(
    `${apiBase.origin}${apiBase.path}/${encodePathPart(versioned)}${encodeQueryPart(query)}`,
  );
}

/** Splits at the first `?` (kept on the query part); in path-only mode there is no query. */
function splitQuery(target: string, pathOnly: boolean): [path: string, query: string] {
  const mark = pathOnly ? -1 : target.indexOf('?');
  return mark === -1 ? [target, ''] : [target.slice(0, mark), target.slice(mark)];
}

/**
 * Builds an API path from raw segments, each escaped as one segment:
 * `buildApiPath('customers', id, 'deviceBatches', batchId, 'devices')` →
 * `/v1/customers/{id}/deviceBatches/Why%3F%20batch/devices`. The safe way to address a batch,
 * whatever characters its caller-chosen id holds (`/` included).
 */
export function buildApiPath(...segments: string[]): string {
  return `/v1/${segments.map(encodeURIComponent).join('/')}`;
}
