import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { createTestQueryClient } from '@/testing/render-app';
import { fakeCustomer, fakeCustomersApi } from '../testing/fake-customers-api';
import { renderRoutesWithApi } from '../testing/render-with-api';
import { CustomerPicker } from './customer-picker';

const seen = startApiTestServer();
// Searches wait for a pause in typing, and pages of rows are slow to render in jsdom.
configure({ asyncUtilTimeout: 5000 });

const customers = [
  fakeCustomer('7d1f0000-0000-4000-8000-000000000001', 'Coho Winery'),
  fakeCustomer('7d1f0000-0000-4000-8000-000000000002', 'Contoso'),
  fakeCustomer('7d1f0000-0000-4000-8000-000000000003', 'Contoso Bank'),
  fakeCustomer('7d1f0000-0000-4000-8000-000000000004', 'Fabrikam Contoso Services', {
    domain: 'contoso-services.eu',
  }),
  fakeCustomer('7d1f0000-0000-4000-8000-000000000005', 'Northwind Traders'),
];

/** The picker as the customers page uses it, its search kept in state. */
function Picker() {
  const [search, setSearch] = useState('');
  return <CustomerPicker search={search} onSearchChange={setSearch} browseAll />;
}

const searchedValues = () =>
  seen.requests.flatMap((request) => {
    const filter = new URL(request.url).searchParams.get('filter');
    return filter === null ? [] : [(JSON.parse(filter) as { Value: string }).Value];
  });

const listed = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('CustomerPicker search', () => {
  it('searches once typing pauses, by company name and by domain, listing matches once', async () => {
    server.use(...fakeCustomersApi(customers));
    renderRoutesWithApi([{ path: '/customers', element: <Picker /> }], '/customers');
    expect(await screen.findByText('Showing all 5 customers.')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'contoso');

    expect(await screen.findByText('3 customers match “contoso”.')).toBeInTheDocument();
    expect(listed('Search results')).toEqual([
      'Contoso',
      'Contoso Bank',
      'Fabrikam Contoso Services',
    ]);
    // One search for the whole word, one request per field: no request per keystroke.
    expect(searchedValues()).toEqual(['contoso', 'contoso']);
  });

  it('never lets a slower answer to an older search replace the newer results', async () => {
    let releaseOlder = () => {};
    const older = new Promise<undefined>((resolve) => {
      releaseOlder = () => {
        resolve(undefined);
      };
    });
    server.use(
      ...fakeCustomersApi(customers, {
        beforeListAnswer: (cursor) => (cursor.value === 'co' ? older : undefined),
      }),
    );
    const queryClient = createTestQueryClient();
    renderRoutesWithApi([{ path: '/customers', element: <Picker /> }], '/customers', queryClient);
    const search = screen.getByRole('searchbox', { name: 'Search customers' });

    await userEvent.type(search, 'co');
    await waitFor(() => {
      expect(searchedValues()).toContain('co');
    });
    await userEvent.type(search, 'n');
    expect(await screen.findByText('3 customers match “con”.')).toBeInTheDocument();

    releaseOlder();
    await waitFor(() => {
      const state = queryClient.getQueryState(['customers', 'list', { search: 'co' }]);
      expect(state?.fetchStatus).toBe('idle');
    });
    expect(screen.getByText('3 customers match “con”.')).toBeInTheDocument();
    expect(listed('Search results')).not.toContain('Coho Winery');
  });

  it('says when nothing matches, and clears the search back to every customer', async () => {
    server.use(...fakeCustomersApi(customers));
    renderRoutesWithApi([{ path: '/customers', element: <Picker /> }], '/customers');
    const search = screen.getByRole('searchbox', { name: 'Search customers' });

    await userEvent.type(search, 'wind');
    expect(
      await screen.findByRole('heading', { name: 'No customer matches “wind”' }),
    ).toBeInTheDocument();

    const emptyState = screen.getByRole('status');
    await userEvent.click(within(emptyState).getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByText('Showing all 5 customers.')).toBeInTheDocument();
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
  });
});
