import type { z } from 'zod/mini';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import type { PagedCollection } from '@/lib/partner-center/collection-schema';
import type { Link } from '@/lib/partner-center/link-schema';

const CONTINUATION_HEADER = 'MS-ContinuationToken';

/**
 * Where a page starts: plain data, so a caller can keep it (e.g. in query data) and resume.
 * The first cursor is `{ target: batch.devicesLink, pathOnlyLink: true }` or a path.
 */
export interface PageCursor {
  target: string | Link;
  /** `target` is a bare path such as a devicesLink (see `resolveApiLink`). */
  pathOnlyLink?: boolean;
  /** Sent as `MS-ContinuationToken` (overriding one in the link's headers). */
  continuationToken?: string;
}

export interface FetchedPage<Page> {
  page: Page;
  /** Items loaded so far in this walk, this page included (plus `FetchAllPagesOptions.loadedCount`). */
  loadedCount: number;
  /** The cursor of the following page; undefined after the last one. Keep it to resume. */
  next: PageCursor | undefined;
}

export interface FetchAllPagesOptions {
  signal?: AbortSignal;
  /** Items already loaded before `start`, when resuming, so `loadedCount` keeps counting. */
  loadedCount?: number;
}

/**
 * Walks a paged collection from `start`, yielding each page as soon as it arrives so the UI can
 * show "1,200 of 10,000". The next page is `links.next` (with its headers, i.e. the continuation
 * token) when the page has one; otherwise a body `continuationToken` re-requests the same target
 * with `MS-ContinuationToken` (the devices form, docs/partner-center-api.md §6.5). When a page fails the generator
 * throws; the last yielded `next` resumes the walk: `fetchAllPages(client, last.next, schema,
 * { loadedCount: last.loadedCount })`. A continuation that repeats stops with `invalid-response`.
 */
export async function* fetchAllPages<S extends z.ZodMiniType<PagedCollection>>(
  client: Pick<ApiClient, 'request'>,
  start: PageCursor,
  schema: S,
  { signal, loadedCount = 0 }: FetchAllPagesOptions = {},
): AsyncGenerator<FetchedPage<z.output<S>>, void, undefined> {
  const seen = new Set([cursorKey(start)]);
  let cursor: PageCursor | undefined = start;
  let loaded = loadedCount;
  while (cursor) {
    const { continuationToken } = cursor;
    const response = await client.request(cursor.target, schema, {
      signal,
      pathOnlyLink: cursor.pathOnlyLink,
      headers: continuationToken ? { [CONTINUATION_HEADER]: continuationToken } : {},
    });
    const next = nextCursor(cursor, response.data);
    if (next && seen.has(cursorKey(next))) {
      throw new PartnerCenterError({
        kind: 'invalid-response',
        url: response.url,
        requestId: response.requestId,
        correlationId: response.correlationId,
        message: 'Partner Center repeated a continuation token; stopped paging to avoid a loop.',
      });
    }
    if (next) seen.add(cursorKey(next));
    loaded += response.data.items.length;
    yield { page: response.data, loadedCount: loaded, next };
    cursor = next;
  }
}

function nextCursor(current: PageCursor, page: PagedCollection): PageCursor | undefined {
  const token = page.continuationToken || undefined;
  const nextLink = page.links?.next;
  if (nextLink) {
    // A next link normally carries the token in its headers; add the body's when it does not.
    return linkToken(nextLink)
      ? { target: nextLink }
      : { target: nextLink, continuationToken: token };
  }
  if (!token) return undefined;
  return { target: current.target, pathOnlyLink: current.pathOnlyLink, continuationToken: token };
}

function linkToken(link: Link): string | undefined {
  const header = link.headers.find(
    ({ key }) => key.toLowerCase() === CONTINUATION_HEADER.toLowerCase(),
  );
  return header?.value;
}

/** Identifies a request: the same uri with the same token twice means the service is looping. */
function cursorKey({ target, continuationToken }: PageCursor): string {
  const uri = typeof target === 'string' ? target : target.uri;
  const token = continuationToken ?? (typeof target === 'string' ? undefined : linkToken(target));
  return `${uri}\n${token ?? ''}`;
}
