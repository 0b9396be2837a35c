import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { paths } from '@/config/paths';
import { fakeCustomer } from '@/features/customers/testing/fake-customers-api';
import { renderRoutesWithApi } from '@/features/customers/testing/render-with-api';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { CustomerLayout } from './customer-layout';
import { ProfilesPage } from './profiles-page';

vi.mock('@/features/customers/memory/use-signed-in-account-id', () => ({
  useSignedInAccountId: () => 'adele-home-account-id',
}));

startApiTestServer();

const northwind = fakeCustomer('e3a09f87-b5c3-400a-8747-1283818f378a', 'Northwind Traders');

function BatchesStandIn() {
  return <h2>Device batches</h2>;
}

function serve() {
  server.use(
    http.get(apiUrl(`/v1/customers/${northwind.id}`), () => HttpResponse.json(northwind)),
    http.get(apiUrl(`/v1/customers/${northwind.id}/policies`), () =>
      HttpResponse.json({
        totalCount: 1,
        items: [{ id: 'p1', name: 'Northwind Standard User', policySettings: ['skip_eula'] }],
      }),
    ),
  );
}

const open = (url: string) =>
  renderRoutesWithApi(
    [
      {
        element: <CustomerLayout />,
        children: [
          { path: paths.profiles.path, element: <ProfilesPage /> },
          { path: paths.deviceBatches.path, element: <BatchesStandIn /> },
        ],
      },
    ],
    url,
  );

afterEach(() => {
  localStorage.clear();
});

describe('ProfilesPage', () => {
  it('names itself with the customer, and the customer’s navigation marks it as the page shown', async () => {
    serve();
    open(paths.profiles.getHref(northwind.id));

    expect(screen.getByRole('heading', { name: 'Autopilot profiles', level: 2 })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Northwind Standard User' })).toBeVisible();
    await vi.waitFor(() => {
      expect(document.title).toBe('Autopilot profiles · Northwind Traders · Zero-Touch Batches');
    });
    const nav = screen.getByRole('navigation', { name: 'Customer pages' });
    expect(within(nav).getByRole('link', { name: 'Autopilot profiles' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const batches = within(nav).getByRole('link', { name: 'Batches' });
    expect(batches).not.toHaveAttribute('aria-current');

    await userEvent.click(batches);
    expect(await screen.findByRole('heading', { name: 'Device batches' })).toBeVisible();
    expect(
      within(screen.getByRole('navigation', { name: 'Customer pages' })).getByRole('link', {
        name: 'Batches',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
