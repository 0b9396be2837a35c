import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { partnerTenantId } from '../identity/demo-accounts';
import { customerHiddenFromSalesAgent, namedCustomers } from '../seed/named-customers';
import { generatedCustomerCount } from '../seed/seed-catalogue';
import { customersPageSize } from './customers-paging';
import { linkHeaders, linkPath } from './test-support/link-path';
import {
  apiErrorSchema,
  collectionSchema,
  customerListItemSchema,
} from './test-support/contract-schemas';
import {
  startTestEmulator,
  type TestCaller,
  type TestEmulator,
} from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const customersPage = collectionSchema(customerListItemSchema);
const allCustomerCount = generatedCustomerCount + namedCustomers.length;

/** Follows `links.next` the way the SDK does: its uri (`/v1` added if missing) plus its headers. */
async function allPages(firstPath: string, as: TestCaller = 'admin-agent') {
  const pages = [];
  let path: string | undefined = firstPath;
  let headers: Record<string, string> = {};
  while (path !== undefined) {
    const response = await emulator.request(path, { as, headers });
    expect(response.status).toBe(200);
    const page = customersPage.parse(response.body);
    pages.push(page);
    const next = page.links?.next;
    path = next === undefined ? undefined : linkPath(next.uri);
    headers = linkHeaders(next?.headers);
  }
  return pages;
}

describe('GET /v1/customers paging', () => {
  it('pages 500 at a time by default and visits every customer exactly once', async () => {
    const pages = await allPages('/v1/customers');
    expect(pages.map((page) => page.items.length)).toEqual([
      customersPageSize,
      customersPageSize,
      allCustomerCount - 2 * customersPageSize,
    ]);
    const ids = pages.flatMap((page) => page.items.map((customer) => customer.id));
    expect(new Set(ids).size).toBe(allCustomerCount);
    expect(ids).toEqual(expect.arrayContaining(namedCustomers.map((customer) => customer.id)));
  });

  it('visits every customer once with a small page size, in a stable order', async () => {
    const small = (await allPages('/v1/customers?size=97')).flatMap((page) => page.items);
    const large = (await allPages('/v1/customers?size=500')).flatMap((page) => page.items);
    expect(small.map((customer) => customer.id)).toEqual(large.map((customer) => customer.id));
  });

  it('links the next page with seekOperation=Next and the MS-ContinuationToken header', async () => {
    const first = customersPage.parse((await emulator.request('/v1/customers?size=10')).body);
    expect(first.links?.self?.uri).toBe('/v1/customers?size=10');
    expect(first.links?.next).toEqual({
      uri: '/v1/customers?size=10&seekOperation=Next',
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: first.continuationToken }],
    });
  });

  it('leaves continuationToken and links.next out of the last page', async () => {
    const pages = await allPages('/v1/customers?size=500');
    const last = pages.at(-1);
    expect(last?.continuationToken).toBeUndefined();
    expect(last?.links?.next).toBeUndefined();
  });

  it('caps the page size at 500 and reads size=0 as the default (docs/partner-center-api.md §6.1)', async () => {
    for (const size of ['0', '2000']) {
      const response = await emulator.request(`/v1/customers?size=${size}`);
      expect(customersPage.parse(response.body).items).toHaveLength(customersPageSize);
    }
  });

  it.each([
    ['a size that is not a number', '/v1/customers?size=ten', {}],
    ['seekOperation=Next without a token', '/v1/customers?seekOperation=Next', {}],
    ['a token without seekOperation=Next', '/v1/customers', { 'MS-ContinuationToken': 'abc' }],
    ['a forged token', '/v1/customers?seekOperation=Next', { 'MS-ContinuationToken': 'abc' }],
    ['another seek operation', '/v1/customers?seekOperation=Previous', {}],
  ])('answers 400 code 800002 to %s', async (_case, path, headers) => {
    const response = await emulator.request(path, { headers });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).code).toBe(800002);
  });
});

describe('what the sales agent sees', () => {
  it('about a third of the customers, and every named customer but one', async () => {
    const ids = (await allPages('/v1/customers', 'sales-agent')).flatMap((page) =>
      page.items.map((customer) => customer.id),
    );
    expect(ids.length).toBeGreaterThan(allCustomerCount * 0.25);
    expect(ids.length).toBeLessThan(allCustomerCount * 0.42);
    const namedIds = namedCustomers.map((customer) => customer.id);
    expect(namedIds.filter((id) => !ids.includes(id))).toEqual([customerHiddenFromSalesAgent.id]);
  });

  it('is refused the hidden customer with 403 code 20002, which an admin agent sees', async () => {
    const path = `/v1/customers/${customerHiddenFromSalesAgent.id}/deviceBatches`;
    const refused = await emulator.request(path, { as: 'sales-agent' });
    expect(refused.status).toBe(403);
    expect(apiErrorSchema.parse(refused.body)).toMatchObject({
      code: 20002,
      description: `The partner ID ${partnerTenantId} has no commerce relationship with the customer ID ${customerHiddenFromSalesAgent.id}.`,
    });
    expect((await emulator.request(path)).status).toBe(200);
  });
});

describe('GET /v1/customers/{id}', () => {
  it('finds a customer whatever the case of its id and of the path segments', async () => {
    const [named] = namedCustomers;
    const response = await emulator.request(`/V1/Customers/${named?.id.toUpperCase() ?? ''}`);
    expect(z.object({ id: z.string() }).parse(response.body).id).toBe(named?.id);
  });
});
