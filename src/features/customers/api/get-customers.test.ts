import {
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import { fakeCustomer, fakeCustomersApi, numberedCustomers } from '../testing/fake-customers-api';
import { customersPageSize, firstCustomersCursors, getCustomersPage } from './get-customers';

const seen = startApiTestServer();

const filterOf = (request: Request): unknown => {
  const filter = new URL(request.url).searchParams.get('filter');
  return filter === null ? null : JSON.parse(filter);
};

describe('getCustomersPage', () => {
  it('walks the whole list through the continuation token, to the last customer', async () => {
    const customers = numberedCustomers(customersPageSize * 2 + 5);
    server.use(...fakeCustomersApi(customers));
    const { client } = createTestClient();

    let cursors = firstCustomersCursors('');
    const loaded: string[] = [];
    while (cursors.length > 0) {
      const page = await getCustomersPage(client, cursors);
      loaded.push(...page.customers.map((customer) => customer.companyProfile.companyName));
      cursors = page.next;
    }

    expect(loaded).toHaveLength(205);
    expect(loaded.at(-1)).toBe('Customer 205');
    expect(seen.requests).toHaveLength(3);
    expect(seen.requests[1]?.headers.get('MS-ContinuationToken')).toBeTruthy();
    expect(new URL(seen.requests[1]?.url ?? '').searchParams.get('seekOperation')).toBe('Next');
  });

  it('searches company names and domains, one field per request, listing each match once', async () => {
    server.use(
      ...fakeCustomersApi([
        fakeCustomer('1', 'Contoso', { domain: 'contoso.onmicrosoft.com' }),
        fakeCustomer('2', 'Fabrikam Contoso Services', { domain: 'contoso-services.eu' }),
        fakeCustomer('3', 'Northwind Traders', { domain: 'northwind.nl' }),
      ]),
    );
    const { client } = createTestClient();

    const page = await getCustomersPage(client, firstCustomersCursors('CONTOSO'));

    expect(page.customers.map((customer) => customer.id)).toEqual(['1', '2']);
    expect(page.next).toEqual([]);
    expect(seen.requests.map(filterOf)).toEqual([
      { Field: 'CompanyName', Value: 'CONTOSO', Operator: 'starts_with' },
      { Field: 'Domain', Value: 'CONTOSO', Operator: 'starts_with' },
    ]);
  });

  it('continues only the searches that have more pages', async () => {
    const many = numberedCustomers(customersPageSize + 1).map((customer) =>
      fakeCustomer(customer.id, customer.companyProfile.companyName, { domain: 'other.example' }),
    );
    server.use(...fakeCustomersApi(many));
    const { client } = createTestClient();

    const first = await getCustomersPage(client, firstCustomersCursors('customer'));
    expect(first.customers).toHaveLength(customersPageSize);
    expect(first.next).toHaveLength(1);

    const second = await getCustomersPage(client, first.next);
    expect(second.customers.map((customer) => customer.companyProfile.companyName)).toEqual([
      'Customer 101',
    ]);
    expect(second.next).toEqual([]);
  });
});
