import { queryOptions } from '@tanstack/react-query';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { deviceBatchCollectionSchema } from '@/lib/partner-center/device-batch-schema';

/** `GET /v1/customers/{customer-id}/deviceBatches`: every batch of one customer (not paged). */
export function getDeviceBatches(client: ApiClient, customerId: string, signal?: AbortSignal) {
  return client.get(
    buildApiPath('customers', customerId, 'deviceBatches'),
    deviceBatchCollectionSchema,
    signal ? { signal } : {},
  );
}

export const deviceBatchesKeys = {
  all: (customerId: string) => ['customers', customerId, 'device-batches'] as const,
};

export function deviceBatchesQueryOptions(client: ApiClient, customerId: string) {
  return queryOptions({
    queryKey: deviceBatchesKeys.all(customerId),
    queryFn: ({ signal }) => getDeviceBatches(client, customerId, signal),
  });
}
