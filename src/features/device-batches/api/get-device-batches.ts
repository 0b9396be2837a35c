import { queryOptions } from '@tanstack/react-query';
import { fetchAllPages } from '@/lib/api-client/fetch-all-pages';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import {
  deviceBatchCollectionSchema,
  type DeviceBatch,
  type DeviceBatchCollection,
} from '@/lib/partner-center/device-batch-schema';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

/**
 * `GET /v1/customers/{customer-id}/deviceBatches`: every batch of one customer. No paging is
 * documented (docs/partner-center-api.md §6.4), but a page that carries a `continuationToken` or
 * `links.next` is followed, as the customer list is, rather than showing its first page as if it
 * were all. The answer is the first page's envelope with every page's batches, each id once (a
 * service that repeats a batch across pages must not show it twice).
 */
export async function getDeviceBatches(
  client: ApiClient,
  customerId: string,
  signal?: AbortSignal,
): Promise<DeviceBatchCollection> {
  const start = { target: buildApiPath('customers', customerId, 'deviceBatches') };
  let first: DeviceBatchCollection | undefined;
  const batches = new Map<string, DeviceBatch>();
  for await (const { page } of fetchAllPages(
    client,
    start,
    deviceBatchCollectionSchema,
    signal ? { signal } : {},
  )) {
    first ??= page;
    for (const batch of page.items) if (!batches.has(batch.id)) batches.set(batch.id, batch);
  }
  if (!first) throw new Error('The device batches collection ended before its first page.');
  return { ...first, items: [...batches.values()] };
}

export function deviceBatchesQueryOptions(client: ApiClient, customerId: string) {
  return queryOptions({
    queryKey: partnerCenterKeys.deviceBatches(customerId),
    queryFn: ({ signal }) => getDeviceBatches(client, customerId, signal),
  });
}
