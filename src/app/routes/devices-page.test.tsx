import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';
import { fakeCustomer } from '@/features/customers/testing/fake-customers-api';
import { devicesFirstPageQueryOptions } from '@/features/devices/api/get-devices-first-page';
import { aDevice } from '@/features/devices/testing/device-rows';
import { serveDevicePages, someDevices } from '@/features/devices/testing/device-pages';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import { AuthSessionContext } from '@/lib/auth/auth-session';
import { AuthStatusContext, type AuthStatus } from '@/lib/auth/auth-status';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import type { Link } from '@/lib/partner-center/link-schema';
import { createTestQueryClient, renderWithProviders } from '@/testing/render-app';
import { createTestAuthSession } from '@/testing/test-auth';
import { DevicesPage } from './devices-page';

const seen = startApiTestServer();
const customerId = 'e3a09f87-b5c3-400a-8747-1283818f378a';

function devicesLinkOf(id: string): Link {
  return {
    uri: `/customers/${customerId}/deviceBatches/${id}/devices`,
    method: 'GET',
    headers: [],
  };
}

function aBatch(id: string, devicesCount: number, status = 'finished'): DeviceBatch {
  return {
    id,
    status,
    creationDate: '2024-01-15T06:30:00',
    devicesCount,
    devicesLink: devicesLinkOf(id),
    attributes: { objectType: 'DeviceBatch' },
  };
}

/** The AdminAgents group the tests' sign-in settings name, and a group that is not it. */
const adminAgents = '7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17';
const salesAgents = '8b4fad52-6c3e-4a9f-b2d7-3eac1f5a7b28';
const signedIn = (groups: string[]): AuthStatus => ({
  account: {
    id: 'uid.tid',
    name: 'Bram de Vries',
    username: 'bram@contoso-partner.example',
    idTokenClaims: { groups },
  },
  interactionInProgress: false,
});

function serveBatches(...batches: DeviceBatch[]) {
  server.use(
    http.get(apiUrl(`/v1/customers/${customerId}`), () =>
      HttpResponse.json(fakeCustomer(customerId, 'Northwind Traders')),
    ),
    http.get(apiUrl(`/v1/customers/${customerId}/deviceBatches`), () =>
      HttpResponse.json({
        totalCount: batches.length,
        items: batches,
        attributes: { objectType: 'Collection' },
      }),
    ),
  );
}

function renderPage(
  batchId: string,
  search = '',
  queryClient = createTestQueryClient(),
  status?: AuthStatus,
) {
  const { client } = createTestClient();
  const router = createMemoryRouter(
    [
      { path: paths.devices.path, element: <DevicesPage /> },
      { path: paths.deviceBatches.path, element: <p>The batches page</p> },
    ],
    { initialEntries: [paths.devices.getHref(customerId, batchId, search)] },
  );
  const page = (
    <ApiClientContext value={client}>
      <RouterProvider router={router} />
    </ApiClientContext>
  );
  renderWithProviders(
    status ? (
      <AuthStatusContext value={status}>
        <AuthSessionContext value={createTestAuthSession({ adminAgentsGroupId: adminAgents })}>
          {page}
        </AuthSessionContext>
      </AuthStatusContext>
    ) : (
      page
    ),
    queryClient,
  );
  return { router, client, queryClient };
}

/** Several pages, retried failures and rendering take a while on a busy machine. */
const paging = { timeout: 5000 };
const table = () => screen.getByRole('region', { name: 'Devices in this batch' });
const deviceRows = () => table().querySelectorAll('tbody tr[data-index]');

// jsdom lays nothing out: give the table's scroll area and each row a height, as a browser would.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe('DevicesPage', () => {
  it('shows the batch and every device of every page, values as text', async () => {
    serveBatches(aBatch('Lab #3', 102));
    serveDevicePages(customerId, [
      [
        aDevice('d1', {
          serialNumber: "=cmd|' /C calc'!A0",
          modelName: '<img src=x onerror=alert(1)>',
        }),
        aDevice('d2', {
          profile: 'Kiosk – Reception',
          hardwareHash: `T0FiAwEA${'A'.repeat(100)}pXk2Ag==`,
        }),
        ...someDevices(98, 3),
      ],
      someDevices(2, 101),
    ]);
    renderPage('Lab #3');

    expect(await screen.findByText('All 102 devices loaded.', {}, paging)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Lab #3', level: 2 })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Device batches' })).toHaveAttribute(
      'href',
      `/customers/${customerId}/device-batches`,
    );
    expect(screen.getByText('Finished')).toBeInTheDocument();
    expect(screen.getByText('102 devices')).toBeInTheDocument();
    expect(screen.getByText('Showing 102 of 102 devices')).toBeInTheDocument();

    const [, first, second] = within(table()).getAllByRole('row');
    if (!first || !second) throw new Error('expected two device rows');
    expect(within(first).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(within(first).getByText("=cmd|' /C calc'!A0")).toBeInTheDocument();
    expect(within(first).getByText('No profile')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(within(second).getByText('Kiosk – Reception')).toBeInTheDocument();
    expect(within(second).getByText('T0FiAwEA…pXk2Ag==')).toBeInTheDocument();
    expect(document.title).toBe('Lab #3 · Devices · Zero-Touch Batches');
  });

  it('shows a hardware hash in full on demand', async () => {
    const hash = `T0FiAwEA${'B'.repeat(3000)}pXk2Ag==`;
    serveBatches(aBatch('Lab #3', 1));
    serveDevicePages(customerId, [
      [aDevice('d1', { serialNumber: 'PF3ABC12', hardwareHash: hash })],
    ]);
    renderPage('Lab #3');

    await userEvent.click(
      await screen.findByRole('button', { name: 'Show the full hardware hash of PF3ABC12' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Hardware hash of PF3ABC12' });
    expect(within(dialog).getByText(hash)).toBeInTheDocument();
  });

  it('says so when Partner Center sends fewer devices than the batch counts', async () => {
    serveBatches(aBatch('Spring refresh', 25));
    serveDevicePages(customerId, [someDevices(23)]);
    renderPage('Spring refresh');

    expect(await screen.findByText('All 23 devices loaded.', {}, paging)).toBeInTheDocument();
    expect(screen.getByText('The device count does not match')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Partner Center lists 25 devices for this batch, but sent 23. The table shows every device it sent.',
      ),
    ).toBeInTheDocument();
  });

  it('renders only the rows in view, however many devices there are', async () => {
    serveBatches(aBatch('Big', 1000));
    serveDevicePages(
      customerId,
      Array.from({ length: 10 }, (_, page) => someDevices(100, page * 100 + 1)),
    );
    renderPage('Big');

    expect(await screen.findByText('All 1,000 devices loaded.', {}, paging)).toBeInTheDocument();
    expect(deviceRows().length).toBeGreaterThan(0);
    expect(deviceRows().length).toBeLessThanOrEqual(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '1001');
  });

  it('says when a batch is not in the customer’s list, with a way back', async () => {
    serveBatches(aBatch('Lab #3', 1));
    renderPage('Gone batch');

    const alert = await screen.findByRole('alert', {}, paging);
    expect(alert).toHaveTextContent('This batch does not exist (anymore)');
    expect(alert).toHaveTextContent('Partner Center has no batch called “Gone batch”');
    await userEvent.click(within(alert).getByRole('link', { name: 'Back to the device batches' }));
    expect(await screen.findByText('The batches page')).toBeInTheDocument();
  });

  it('says the same when the devices endpoint answers 404, with the ids for support', async () => {
    serveBatches(aBatch('Lab #3', 1));
    serveDevicePages(customerId, []);
    renderPage('Lab #3');

    const alert = await screen.findByRole('alert', {}, paging);
    expect(alert).toHaveTextContent('This batch does not exist (anymore)');
    expect(alert).toHaveTextContent('Partner Center code: 1000');
    expect(within(alert).getByRole('link', { name: 'Back to the device batches' })).toBeVisible();
  });

  it('keeps the devices loaded when a page fails, and resumes from that page', async () => {
    let failing = true;
    serveBatches(aBatch('Lab #3', 250));
    serveDevicePages(
      customerId,
      [someDevices(100), someDevices(100, 101), someDevices(50, 201)],
      (page) => page === 2 && failing,
    );
    renderPage('Lab #3');

    const alert = await screen.findByRole('alert', {}, paging);
    expect(alert).toHaveTextContent('Not every device could be loaded');
    expect(alert).toHaveTextContent('Loading stopped at 100 of 250 devices.');
    expect(alert).toHaveTextContent('HTTP status: 500');
    expect(within(alert).getByRole('link', { name: 'Back to the device batches' })).toBeVisible();
    expect(screen.getByText('Showing 100 of 100 devices')).toBeInTheDocument();
    expect(deviceRows().length).toBeGreaterThan(0);

    failing = false;
    seen.requests.length = 0;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('All 250 devices loaded.', {}, paging)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      seen.requests
        .filter((request) => request.url.includes('/devices'))
        .map((request) => request.headers.get('MS-ContinuationToken')),
    ).toEqual(['page-2', 'page-3']);
  });

  it('shows a prefetched first page at once, while the rest loads', async () => {
    const queryClient = createTestQueryClient();
    const { client } = createTestClient();
    const batch = aBatch('Lab #3', 150);
    serveBatches(batch);
    serveDevicePages(customerId, [someDevices(100), someDevices(50, 101)]);
    queryClient.setQueryData(['customers', customerId, 'device-batches'], {
      totalCount: 1,
      items: [batch],
      attributes: { objectType: 'Collection' },
    });
    const devicesLink = devicesLinkOf(batch.id);
    const firstPage = devicesFirstPageQueryOptions(client, customerId, batch.id, devicesLink);
    queryClient.setQueryData(firstPage.queryKey, {
      page: { totalCount: 100, items: someDevices(100), attributes: { objectType: 'Collection' } },
      loadedCount: 100,
      next: { target: devicesLink, pathOnlyLink: true, continuationToken: 'page-2' },
    });

    renderPage('Lab #3', '', queryClient);

    expect(screen.getByText('Loading devices: 100 of 150')).toBeInTheDocument();
    expect(within(table()).getByText('SN-d1')).toBeInTheDocument();
    expect(await screen.findByText('All 150 devices loaded.', {}, paging)).toBeInTheDocument();
  });

  it('lets an Admin agent select devices, every one the filter shows', async () => {
    serveBatches(aBatch('Lab #3', 150));
    serveDevicePages(customerId, [someDevices(100), someDevices(50, 101)]);
    renderPage('Lab #3', '', createTestQueryClient(), signedIn([adminAgents]));

    expect(await screen.findByText('All 150 devices loaded.', {}, paging)).toBeInTheDocument();
    await userEvent.click(
      within(table()).getByRole('checkbox', { name: 'Select all 150 devices shown' }),
    );
    const bar = screen.getByRole('group', { name: 'Selected devices' });
    expect(within(bar).getByRole('status')).toHaveTextContent('150 devices selected');
    expect(within(bar).getByRole('button', { name: 'Assign profile…' })).toBeEnabled();
    expect(within(bar).getByRole('button', { name: 'Deregister…' })).toBeEnabled();
    expect(
      screen.queryByText(/needs the Admin agent role in Partner Center\. Your account does not/),
    ).not.toBeInTheDocument();
  });

  it('offers a Sales agent no device action, and says why', async () => {
    serveBatches(aBatch('Lab #3', 2));
    serveDevicePages(customerId, [someDevices(2)]);
    renderPage('Lab #3', '', createTestQueryClient(), signedIn([salesAgents]));

    expect(await screen.findByText('All 2 devices loaded.', {}, paging)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Assigning Autopilot profiles and deregistering devices needs the Admin agent role in Partner Center. Your account does not have it, so these actions are not offered. Ask an administrator of your partner organisation for the role, then sign in again.',
      ),
    ).toBeInTheDocument();
    expect(within(table()).queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Assign profile…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deregister…' })).not.toBeInTheDocument();
  });
});
