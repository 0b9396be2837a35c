import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { fetchAllPages } from '@/lib/api-client/fetch-all-pages';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import {
  policyCollectionSchema,
  type Policy,
  type PolicyCollection,
} from '@/lib/partner-center/policy-schema';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

/**
 * `GET /v1/customers/{customer-id}/policies`: every Autopilot profile of one customer. No paging
 * is documented; a page that names a next one is followed all the same, each id kept once.
 */
export async function getPolicies(
  client: ApiClient,
  customerId: string,
  signal?: AbortSignal,
): Promise<PolicyCollection> {
  const start = { target: buildApiPath('customers', customerId, 'policies') };
  let first: PolicyCollection | undefined;
  const policies = new Map<string, Policy>();
  for await (const { page } of fetchAllPages(
    client,
    start,
    policyCollectionSchema,
    signal ? { signal } : {},
  )) {
    first ??= page;
    for (const policy of page.items) if (!policies.has(policy.id)) policies.set(policy.id, policy);
  }
  if (!first) throw new Error('The policies collection ended before its first page.');
  return { ...first, items: [...policies.values()] };
}

export function policiesQueryOptions(client: ApiClient, customerId: string) {
  return queryOptions({
    queryKey: partnerCenterKeys.policies(customerId),
    queryFn: ({ signal }) => getPolicies(client, customerId, signal),
  });
}
