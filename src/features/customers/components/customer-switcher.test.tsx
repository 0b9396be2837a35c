import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { fakeCustomer, fakeCustomersApi } from '../testing/fake-customers-api';
import { renderRoutesWithApi } from '../testing/render-with-api';
import { CustomerSwitcher } from './customer-switcher';

startApiTestServer();
configure({ asyncUtilTimeout: 5000 });

const contoso = fakeCustomer('9b000000-0000-4000-8000-000000000001', 'Contoso');
const northwind = fakeCustomer('9b000000-0000-4000-8000-000000000002', 'Northwind Traders');

const routes = [
  {
    element: (
      <>
        <CustomerSwitcher />
        <Outlet />
      </>
    ),
    children: [{ path: '/customers/:customerId/device-batches', element: <p>Batches page</p> }],
  },
];

describe('CustomerSwitcher', () => {
  it('opens on Ctrl+K, finds a customer and goes to it', async () => {
    server.use(...fakeCustomersApi([contoso, northwind]));
    const { router } = renderRoutesWithApi(routes, `/customers/${contoso.id}/device-batches`);

    await userEvent.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Switch customer' });
    const search = await within(dialog).findByRole('searchbox', { name: 'Search customers' });
    expect(search).toHaveFocus();
    expect(
      within(dialog).getByText('Type the start of a company name or domain to find any customer.'),
    ).toBeInTheDocument();

    await userEvent.type(search, 'north');
    await within(dialog).findByText('1 customer matches “north”.');
    await userEvent.keyboard('{ArrowDown}{Enter}');

    expect(router.state.location.pathname).toBe(`/customers/${northwind.id}/device-batches`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from its button in the header', async () => {
    server.use(...fakeCustomersApi([contoso]));
    renderRoutesWithApi(routes, `/customers/${contoso.id}/device-batches`);

    await userEvent.click(screen.getByRole('button', { name: 'Switch customer' }));

    expect(await screen.findByRole('dialog', { name: 'Switch customer' })).toBeInTheDocument();
  });
});
