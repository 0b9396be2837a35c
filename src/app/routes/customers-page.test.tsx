import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeCustomer, fakeCustomersApi } from '@/features/customers/testing/fake-customers-api';
import { renderRoutesWithApi } from '@/features/customers/testing/render-with-api';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { CustomersPage } from './customers-page';

startApiTestServer();
configure({ asyncUtilTimeout: 5000 });

const routes = [{ path: '/customers', element: <CustomersPage /> }];

beforeEach(() => {
  server.use(
    ...fakeCustomersApi([
      fakeCustomer('5c000000-0000-4000-8000-000000000001', 'Contoso'),
      fakeCustomer('5c000000-0000-4000-8000-000000000002', 'Northwind Traders'),
    ]),
  );
});

describe('CustomersPage', () => {
  it('restores the search from a bookmarked ?q=', async () => {
    renderRoutesWithApi(routes, '/customers?q=north');

    expect(screen.getByRole('heading', { name: 'Customers', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('north');
    expect(await screen.findByText('1 customer matches “north”.')).toBeInTheDocument();
  });

  it('keeps the search in the URL, without adding a history entry per search', async () => {
    const { router } = renderRoutesWithApi(routes, '/customers');
    const search = screen.getByRole('searchbox', { name: 'Search customers' });

    await userEvent.type(search, ' contoso ');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=contoso');
    });
    expect(router.state.historyAction).toBe('REPLACE');

    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
  });
});
