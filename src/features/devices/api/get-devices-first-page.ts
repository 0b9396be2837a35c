import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { fetchAllPages, type FetchedPage, type PageCursor } from '@/lib/api-client/fetch-all-pages';
import type { Link } from '@/lib/partner-center/link-schema';
import { deviceCollectionSchema, type DeviceCollection } from '@/lib/partner-center/device-schema';
import { devicesStart } from './devices-start';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

export type DevicesPage = FetchedPage<DeviceCollection>;

/**
 * `GET /v1/customers/{id}/deviceBatches/{batchId}/devices`, first page only (100 devices), with the
 * cursor of the next page. The devices page continues from that cursor.
 */
export async function getDevicesFirstPage(
  client: ApiClient,
  start: PageCursor,
  signal?: AbortSignal,
): Promise<DevicesPage> {
  for await (const page of fetchAllPages(client, start, deviceCollectionSchema, { signal })) {
    return page; // leaving the loop stops the walk after one page
  }
  throw new Error('The devices collection ended before its first page.');
}

/** How long a prefetched first page is good for: hovering a link, then clicking it later. */
const firstPageStaleTimeMs = 60_000;

/**
 * The first page of a batch's devices. The batches page prefetches it when a batch's devices link
 * is hovered or focused (`queryClient.query(devicesFirstPageQueryOptions(...)).catch(noop)`), and
 * the devices page starts from this cache entry, so its first rows show at once.
 */
export function devicesFirstPageQueryOptions(
  client: ApiClient,
  customerId: string,
  batchId: string,
  devicesLink?: Link,
) {
  const start = devicesStart(client.apiBase, customerId, batchId, devicesLink);
  return queryOptions({
    queryKey: partnerCenterKeys.batchDevicesFirstPage(customerId, batchId, start),
    queryFn: ({ signal }) => getDevicesFirstPage(client, start, signal),
    staleTime: firstPageStaleTimeMs,
  });
}
