import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { writeCustomerMemory } from '../memory/customer-memory-storage';
import { fakeCustomer, fakeCustomersApi } from '../testing/fake-customers-api';
import { renderRoutesWithApi } from '../testing/render-with-api';
import { CustomerPicker } from './customer-picker';

vi.mock('../memory/use-signed-in-account-id', () => ({
  useSignedInAccountId: () => 'adele-home-account-id',
}));

startApiTestServer();
configure({ asyncUtilTimeout: 5000 });

const contoso = fakeCustomer('9a000000-0000-4000-8000-000000000001', 'Contoso');
const northwind = fakeCustomer('9a000000-0000-4000-8000-000000000002', 'Northwind Traders');
const summary = (id: string, companyName: string) => ({
  id,
  companyName,
  domain: `${companyName.toLowerCase()}.example`,
});

function Picker() {
  const [search, setSearch] = useState('');
  return <CustomerPicker search={search} onSearchChange={setSearch} browseAll />;
}

afterEach(() => {
  localStorage.clear();
});

describe('recent and favourite customers', () => {
  it('shows the signed-in account’s recents before any search, each removable', async () => {
    writeCustomerMemory('adele-home-account-id', {
      recents: [summary('r1', 'Fourth Coffee'), summary('r2', 'Wingtip Toys')],
      favourites: [],
    });
    writeCustomerMemory('bram-home-account-id', {
      recents: [summary('r3', 'Woodgrove Bank')],
      favourites: [],
    });
    server.use(...fakeCustomersApi([contoso]));
    renderRoutesWithApi([{ path: '/customers', element: <Picker /> }], '/customers');

    const recents = screen.getByRole('list', { name: 'Recent customers' });
    expect(
      within(recents)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Fourth Coffee', 'Wingtip Toys']);
    expect(screen.queryByText('Woodgrove Bank')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Remove Fourth Coffee from recent customers' }),
    );
    expect(
      within(recents)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Wingtip Toys']);
  });

  it('pins a customer from the results to the favourites, and unpins it', async () => {
    server.use(...fakeCustomersApi([contoso, northwind]));
    renderRoutesWithApi([{ path: '/customers', element: <Picker /> }], '/customers');
    expect(
      screen.getByText(/Customers you open appear here, and ones you pin stay at the top/),
    ).toBeInTheDocument();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Pin Northwind Traders to favourites' }),
    );
    const favourites = screen.getByRole('list', { name: 'Favourites' });
    expect(within(favourites).getByRole('link', { name: 'Northwind Traders' })).toHaveAttribute(
      'href',
      `/customers/${northwind.id}/device-batches`,
    );

    await userEvent.click(
      within(favourites).getByRole('button', { name: 'Unpin Northwind Traders from favourites' }),
    );
    expect(screen.queryByRole('list', { name: 'Favourites' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Pin Northwind Traders to favourites' }),
    ).toBeInTheDocument();
  });

  it('hides recents and favourites while searching', async () => {
    writeCustomerMemory('adele-home-account-id', {
      recents: [summary('r1', 'Fourth Coffee')],
      favourites: [summary('r2', 'Wingtip Toys')],
    });
    server.use(...fakeCustomersApi([contoso, northwind]));
    renderRoutesWithApi([{ path: '/customers', element: <Picker /> }], '/customers');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'north');

    expect(await screen.findByText('1 customer matches “north”.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Favourites' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Recent customers' })).not.toBeInTheDocument();
  });
});
