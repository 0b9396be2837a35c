import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import { customerDetailsSchema } from '@/lib/partner-center/customer-schema';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

/** `GET /v1/customers/{customer-tenant-id}` (docs/partner-center-api.md §6.3). */
export function getCustomer(client: ApiClient, customerId: string, signal?: AbortSignal) {
  return client.get(
    buildApiPath('customers', customerId),
    customerDetailsSchema,
    signal ? { signal } : {},
  );
}

export function customerQueryOptions(client: ApiClient, customerId: string) {
  return queryOptions({
    queryKey: partnerCenterKeys.customer(customerId),
    queryFn: ({ signal }) => getCustomer(client, customerId, signal),
    staleTime: 5 * 60_000,
  });
}
