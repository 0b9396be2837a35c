import { useQuery } from '@tanstack/react-query';
import { configure, screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { useParams } from 'react-router';
import { deviceBatchesQueryOptions } from '@/features/device-batches/api/get-device-batches';
import { readCustomerMemory } from '@/features/customers/memory/customer-memory-storage';
import { fakeCustomer } from '@/features/customers/testing/fake-customers-api';
import { renderRoutesWithApi } from '@/features/customers/testing/render-with-api';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { CustomerLayout } from './customer-layout';

vi.mock('@/features/customers/memory/use-signed-in-account-id', () => ({
  useSignedInAccountId: () => 'adele-home-account-id',
}));

const seen = startApiTestServer();
configure({ asyncUtilTimeout: 5000 });

const northwind = fakeCustomer('e3a09f87-b5c3-400a-8747-1283818f378a', 'Northwind Traders');
const customerUrl = apiUrl(`/v1/customers/${northwind.id}`);
const batchesUrl = apiUrl(`/v1/customers/${northwind.id}/deviceBatches`);
const noBatches = { totalCount: 0, items: [], attributes: { objectType: 'Collection' } };

/** Stands in for a customer's page that loads its own data. */
function BatchesProbe() {
  const { customerId = '' } = useParams();
  const { data } = useQuery(deviceBatchesQueryOptions(useApiClient(), customerId));
  return <p>{data ? `${data.totalCount} batches` : 'Loading batches'}</p>;
}

const routes = [
  {
    element: <CustomerLayout />,
    children: [{ path: '/customers/:customerId/device-batches', element: <BatchesProbe /> }],
  },
];

const open = (customerId: string) =>
  renderRoutesWithApi(routes, `/customers/${customerId}/device-batches`);

afterEach(() => {
  localStorage.clear();
});

describe('CustomerLayout', () => {
  it('fetches the customer and the page’s data at the same time, not one after the other', async () => {
    const events: string[] = [];
    server.use(
      http.get(customerUrl, async () => {
        events.push('customer requested');
        // Answer only once the page has asked for its batches (or give up after a while).
        await Promise.race([
          waitFor(() => {
            expect(events).toContain('batches requested');
          }),
          delay(2000),
        ]);
        events.push('customer answered');
        return HttpResponse.json(northwind);
      }),
      http.get(batchesUrl, () => {
        events.push('batches requested');
        return HttpResponse.json(noBatches);
      }),
    );
    open(northwind.id);

    expect(await screen.findByRole('region', { name: 'Northwind Traders' })).toBeInTheDocument();
    expect(await screen.findByText('0 batches')).toBeInTheDocument();
    expect(events.indexOf('batches requested')).toBeLessThan(events.indexOf('customer answered'));
  });

  it('shows the tenant id at once, and remembers the customer as recently opened', async () => {
    server.use(
      http.get(customerUrl, () => HttpResponse.json(northwind)),
      http.get(batchesUrl, () => HttpResponse.json(noBatches)),
    );
    open(northwind.id);

    expect(screen.getByText(northwind.id)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loading customer…' })).toBeInTheDocument();
    const header = await screen.findByRole('region', { name: 'Northwind Traders' });
    expect(header).toHaveTextContent('northwindtraders.onmicrosoft.com');
    expect(header).toHaveTextContent('Reseller');
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    await waitFor(() => {
      expect(readCustomerMemory('adele-home-account-id').recents).toEqual([
        {
          id: northwind.id,
          companyName: 'Northwind Traders',
          domain: 'northwindtraders.onmicrosoft.com',
          relationshipToPartner: 'reseller',
        },
      ]);
    });
  });

  it('says the link holds no valid customer id, without asking Partner Center', async () => {
    open('not-a-guid');

    expect(
      await screen.findByText('This link does not hold a valid customer id'),
    ).toBeInTheDocument();
    expect(screen.getByText('not-a-guid')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pick a customer' })).toHaveAttribute(
      'href',
      '/customers',
    );
    expect(screen.queryByText('Loading batches')).not.toBeInTheDocument();
    expect(seen.requests).toEqual([]);
  });

  it('says an unknown customer was not found, with the ids support asks for', async () => {
    server.use(
      http.get(apiUrl('/v1/customers/:customerId'), () =>
        HttpResponse.json(
          { code: 60003, description: 'Tenant not found', data: [], source: 'PartnerFD' },
          { status: 404, headers: { 'MS-RequestId': 'req-404', 'MS-CorrelationId': 'corr-404' } },
        ),
      ),
      http.get(apiUrl('/v1/customers/:customerId/deviceBatches'), () =>
        HttpResponse.json({ code: 60003, description: 'Tenant not found' }, { status: 404 }),
      ),
    );
    open('00000000-0000-4000-8000-00000000dead');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Customer not found, or no relationship with your organisation',
    );
    expect(alert).toHaveTextContent('Request id: req-404');
    expect(alert).toHaveTextContent('Correlation id: corr-404');
    expect(screen.queryByText('Loading batches')).not.toBeInTheDocument();
    expect(readCustomerMemory('adele-home-account-id').recents).toEqual([]);
  });

  it('says when the partner has no relationship with the customer', async () => {
    server.use(
      http.get(apiUrl('/v1/customers/:customerId*'), () =>
        HttpResponse.json(
          { code: 20002, description: 'Partner has no commerce relationship with customer' },
          { status: 403 },
        ),
      ),
    );
    open(northwind.id);

    expect(await screen.findByRole('alert')).toHaveTextContent('No access to this customer');
  });

  it('keeps the page when only the customer’s details fail', async () => {
    server.use(
      http.get(customerUrl, () =>
        HttpResponse.json({ code: 800003, description: 'Unexpected' }, { status: 500 }),
      ),
      http.get(batchesUrl, () => HttpResponse.json(noBatches)),
    );
    open(northwind.id);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The customer’s details could not be loaded',
    );
    expect(await screen.findByText('0 batches')).toBeInTheDocument();
  });
});
