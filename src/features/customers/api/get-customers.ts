import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { fetchAllPages, type FetchedPage, type PageCursor } from '@/lib/api-client/fetch-all-pages';
import {
  customerCollectionSchema,
  type Customer,
  type CustomerCollection,
} from '@/lib/partner-center/customer-schema';
import { mergeCustomerLists } from '../customer-summary';
import { customerSearchFields, customersPath } from './customers-path';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

/** Customers per request; "load more" fetches the next page of each search field. */
export const customersPageSize = 100;

/** One page of the list: the customers it added, and where each field's next page starts. */
export interface CustomersPage {
  readonly customers: Customer[];
  /** Empty after the last page of every field. */
  readonly next: PageCursor[];
}

/** The whole list, or one search per field (company name and domain), merged page by page. */
export function firstCustomersCursors(search: string): PageCursor[] {
  if (search === '') return [{ target: customersPath({ size: customersPageSize }) }];
  return customerSearchFields.map((field) => ({
    target: customersPath({ size: customersPageSize, filter: { field, value: search } }),
  }));
}

/** `GET /v1/customers` (docs/partner-center-api.md §6.1, §6.2): the next page of every cursor, merged by id. */
export async function getCustomersPage(
  client: ApiClient,
  cursors: readonly PageCursor[],
  signal?: AbortSignal,
): Promise<CustomersPage> {
  const pages = await Promise.all(cursors.map((cursor) => fetchOnePage(client, cursor, signal)));
  return {
    customers: mergeCustomerLists(pages.map(({ page }) => page.items)),
    next: pages.flatMap(({ next }) => (next ? [next] : [])),
  };
}

async function fetchOnePage(
  client: ApiClient,
  cursor: PageCursor,
  signal?: AbortSignal,
): Promise<FetchedPage<CustomerCollection>> {
  const pages = fetchAllPages(client, cursor, customerCollectionSchema, signal ? { signal } : {});
  const first = await pages.next();
  await pages.return();
  if (first.done === true) throw new Error('The customer pager ended without a page.');
  return first.value;
}

/** Every customer, or those whose company name or domain starts with `search` (trimmed, or ''). */
export function customersQueryOptions(client: ApiClient, search: string) {
  return infiniteQueryOptions({
    queryKey: partnerCenterKeys.customerList(search),
    queryFn: ({ pageParam, signal }) => getCustomersPage(client, pageParam, signal),
    initialPageParam: firstCustomersCursors(search),
    getNextPageParam: (lastPage: CustomersPage) =>
      lastPage.next.length > 0 ? lastPage.next : undefined,
    // A partner's customers change rarely; do not walk every loaded page again on each focus.
    staleTime: 5 * 60_000,
  });
}
