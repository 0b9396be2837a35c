import { http, HttpResponse, type HttpHandler } from 'msw';
import { apiUrl } from '@/lib/api-client/testing/api-test-server';
import type { Customer } from '@/lib/partner-center/customer-schema';

/** A customer as the list endpoint returns it. */
export function fakeCustomer(
  id: string,
  companyName: string,
  {
    domain = `${companyName.toLowerCase().replace(/\W+/g, '')}.onmicrosoft.com`,
    relationship = 'reseller',
  } = {},
): Customer {
  return {
    id,
    companyProfile: { tenantId: id, domain, companyName },
    relationshipToPartner: relationship,
    attributes: { objectType: 'Customer' },
  };
}

/** `n` customers named "Customer 001"…, with GUID-shaped ids. */
export function numberedCustomers(count: number): Customer[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    return fakeCustomer(`00000000-0000-4000-8000-000000000${number}`, `Customer ${number}`);
  });
}

interface Cursor {
  offset: number;
  size: number;
  field?: string;
  value?: string;
}

interface FakeCustomersApiOptions {
  /**
   * Runs before each list answer: wait to hold one search back (`({ value }) => gate`), or
   * return a response to answer with instead (e.g. a failure).
   */
  readonly beforeListAnswer?: (
    cursor: Cursor,
    request: Request,
  ) => Promise<Response | undefined> | Response | undefined;
}

const encodeToken = (cursor: Cursor): string => btoa(JSON.stringify(cursor));
const decodeToken = (token: string): Cursor => JSON.parse(atob(token)) as Cursor;

function matches(customer: Customer, { field, value }: Cursor): boolean {
  if (field === undefined || value === undefined) return true;
  const candidate =
    field === 'CompanyName' ? customer.companyProfile.companyName : customer.companyProfile.domain;
  return candidate.toLowerCase().startsWith(value.toLowerCase());
}

/**
 * MSW handlers answering like Partner Center's customers endpoints: seek paging with
 * `links.next` + `MS-ContinuationToken`, the `starts_with` filter, and 404 code 60003 by id.
 */
export function fakeCustomersApi(
  customers: readonly Customer[],
  { beforeListAnswer }: FakeCustomersApiOptions = {},
): HttpHandler[] {
  return [
    http.get(apiUrl('/v1/customers'), async ({ request }) => {
      const url = new URL(request.url);
      const token = request.headers.get('MS-ContinuationToken');
      const filter = url.searchParams.get('filter');
      const parsed = filter ? (JSON.parse(filter) as { Field: string; Value: string }) : undefined;
      const cursor: Cursor = token
        ? decodeToken(token)
        : {
            offset: 0,
            size: Number(url.searchParams.get('size') ?? 500),
            ...(parsed && { field: parsed.Field, value: parsed.Value }),
          };
      const instead = await beforeListAnswer?.(cursor, request);
      if (instead) return instead;
      const matching = customers.filter((customer) => matches(customer, cursor));
      const items = matching.slice(cursor.offset, cursor.offset + cursor.size);
      const nextOffset = cursor.offset + items.length;
      const nextToken =
        nextOffset < matching.length ? encodeToken({ ...cursor, offset: nextOffset }) : undefined;
      return HttpResponse.json({
        totalCount: items.length,
        items,
        ...(nextToken && { continuationToken: nextToken }),
        links: nextToken
          ? {
              next: {
                uri: `/customers?size=${cursor.size}&seekOperation=Next`,
                method: 'GET',
                headers: [{ key: 'MS-ContinuationToken', value: nextToken }],
              },
            }
          : {},
        attributes: { objectType: 'Collection' },
      });
    }),
    http.get(apiUrl('/v1/customers/:customerId'), ({ params }) => {
      const found = customers.find((customer) => customer.id === params.customerId);
      return found
        ? HttpResponse.json(found)
        : HttpResponse.json(
            { code: 60003, description: 'Tenant not found', data: [], source: 'PartnerFD' },
            {
              status: 404,
              headers: { 'MS-RequestId': 'request-404', 'MS-CorrelationId': 'correlation-404' },
            },
          );
    }),
  ];
}
