import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { useState } from 'react';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { fakeCustomersApi, numberedCustomers } from '../testing/fake-customers-api';
import { renderRoutesWithApi } from '../testing/render-with-api';
import { CustomerPicker } from './customer-picker';

startApiTestServer();
// Searches wait for a pause in typing, and pages of rows are slow to render in jsdom.
configure({ asyncUtilTimeout: 5000 });

function Picker() {
  const [search, setSearch] = useState('');
  return <CustomerPicker search={search} onSearchChange={setSearch} browseAll focusShortcuts />;
}

const routes = [
  { path: '/customers', element: <Picker /> },
  { path: '/customers/:customerId/device-batches', element: <p>Batches page</p> },
];

const serverError = () =>
  HttpResponse.json(
    { code: 800003, description: 'Unexpected service error', data: [], source: 'PartnerFD' },
    { status: 500, headers: { 'MS-RequestId': 'request-500', 'MS-CorrelationId': 'corr-500' } },
  );

describe('CustomerPicker browsing', () => {
  // Rendering 130 rows takes jsdom a few seconds.
  it('pages through every customer with "load more", saying how many are loaded', async () => {
    server.use(...fakeCustomersApi(numberedCustomers(130)));
    renderRoutesWithApi(routes, '/customers');

    expect(
      await screen.findByText('Showing the first 100 customers. More are available.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more customers' }));

    expect(await screen.findByText('Showing all 130 customers.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'All customers' });
    expect(within(list).getAllByRole('link')).toHaveLength(130);
    expect(within(list).getByRole('link', { name: 'Customer 130' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more customers' })).not.toBeInTheDocument();
  }, 15_000);

  it('works from the keyboard: / focuses the search, arrows move, Enter opens', async () => {
    server.use(...fakeCustomersApi(numberedCustomers(3)));
    const { router } = renderRoutesWithApi(routes, '/customers');
    await screen.findByText('Showing all 3 customers.');
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    const link = (name: string) => screen.getByRole('link', { name });

    await userEvent.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
    await userEvent.keyboard('{ArrowDown}');
    expect(link('Customer 001')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(link('Customer 003')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(link('Customer 001')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(search).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(await screen.findByText('Batches page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(
      '/customers/00000000-0000-4000-8000-000000000002/device-batches',
    );
  });

  it('shows why the list failed, with the ids for support, and tries again', async () => {
    let fail = true;
    server.use(
      ...fakeCustomersApi(numberedCustomers(2), {
        beforeListAnswer: () => (fail ? serverError() : undefined),
      }),
    );
    renderRoutesWithApi(routes, '/customers');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Customers could not be loaded');
    expect(alert).toHaveTextContent('Request id: request-500');
    expect(alert).toHaveTextContent('Correlation id: corr-500');

    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing all 2 customers.')).toBeInTheDocument();
  });

  it('keeps the loaded customers when the next page fails', async () => {
    server.use(
      ...fakeCustomersApi(numberedCustomers(150), {
        beforeListAnswer: (cursor) => (cursor.offset > 0 ? serverError() : undefined),
      }),
    );
    renderRoutesWithApi(routes, '/customers');
    await userEvent.click(await screen.findByRole('button', { name: 'Load more customers' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'More customers could not be loaded',
    );
    await waitFor(() => {
      expect(screen.getAllByRole('link')).toHaveLength(100);
    });
    expect(
      screen.getByText('Showing the first 100 customers. More are available.'),
    ).toBeInTheDocument();
  });
});
