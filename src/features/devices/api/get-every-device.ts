import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { fetchAllPages, type PageCursor } from '@/lib/api-client/fetch-all-pages';
import type { Link } from '@/lib/partner-center/link-schema';
import { deviceCollectionSchema } from '@/lib/partner-center/device-schema';
import {
  addDevicesPage,
  canResume,
  nothingLoaded,
  type DevicesChunk,
  type LoadedDevices,
} from '../loaded-devices';
import { devicesFirstPageQueryOptions } from './get-devices-first-page';
import { devicesStart } from './devices-start';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

interface WalkOptions {
  client: ApiClient;
  queryClient: QueryClient;
  firstPage: ReturnType<typeof devicesFirstPageQueryOptions>;
  /** What is already loaded; a walk that stopped part-way continues from its `next` cursor. */
  loaded: LoadedDevices | undefined;
  signal: AbortSignal;
}

/**
 * Every page of a batch's devices, one chunk per page. A fresh walk takes its first page from the
 * first-page query (prefetched when the user hovered the link), then follows the continuation
 * until the last page. A walk that failed part-way resumes from the page that failed.
 */
async function* walkDevicePages(options: WalkOptions): AsyncGenerator<DevicesChunk> {
  const { client, queryClient, firstPage, loaded, signal } = options;
  let from: PageCursor | undefined;
  let loadedCount: number;
  if (canResume(loaded)) {
    from = loaded.next;
    loadedCount = loaded.loadedCount;
  } else {
    const page = await queryClient.query(firstPage);
    yield { page, fromStart: true };
    from = page.next;
    loadedCount = page.loadedCount;
  }
  if (!from) return;
  for await (const page of fetchAllPages(client, from, deviceCollectionSchema, {
    signal,
    loadedCount,
  })) {
    yield { page, fromStart: false };
  }
}

/**
 * Every device of a batch, streamed into the cache page by page so the table fills as they come.
 * On a failure the devices so far stay in the cache (`data` with `next` still set) and the query
 * is in error; `refetch()` continues from the failed page (`refetchMode: 'append'`).
 * Loaded once per visit: 10,000 devices are a hundred requests, not something to redo on focus.
 */
export function everyDeviceQueryOptions(
  client: ApiClient,
  customerId: string,
  batchId: string,
  devicesLink?: Link,
) {
  const start = devicesStart(client.apiBase, customerId, batchId, devicesLink);
  const firstPage = devicesFirstPageQueryOptions(client, customerId, batchId, devicesLink);
  return queryOptions({
    queryKey: partnerCenterKeys.batchDevicesEveryPage(customerId, batchId, start),
    queryFn: streamedQuery({
      streamFn: ({ client: queryClient, queryKey, signal }) =>
        walkDevicePages({
          client,
          queryClient,
          firstPage,
          // This query's own entry: what an interrupted walk left behind, if anything.
          loaded: queryClient.getQueryData<LoadedDevices>(queryKey),
          signal,
        }),
      reducer: addDevicesPage,
      initialValue: nothingLoaded(start),
      refetchMode: 'append',
    }),
    staleTime: Infinity,
    // Each page replaces the list with a longer one; comparing 10,000 devices deeply on every
    // page would only find that the old ones are unchanged.
    structuralSharing: false,
  });
}
