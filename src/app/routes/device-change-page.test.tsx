import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';
import { fakeCustomer } from '@/features/customers/testing/fake-customers-api';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import { stubBrowserStore } from '@/lib/storage/testing/stub-browser-store';
import { renderWithProviders } from '@/testing/render-app';
import { DeviceChangePage } from './device-change-page';

startApiTestServer();
stubBrowserStore();
const customerId = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

function renderPage(href: string) {
  const { client } = createTestClient();
  const router = createMemoryRouter(
    [{ path: paths.deviceChange.path, element: <DeviceChangePage /> }],
    {
      initialEntries: [href],
    },
  );
  renderWithProviders(
    <ApiClientContext value={client}>
      <RouterProvider router={router} />
    </ApiClientContext>,
  );
}

beforeEach(() => {
  server.use(
    http.get(apiUrl(`/v1/customers/${customerId}`), () =>
      HttpResponse.json(fakeCustomer(customerId, 'Woodgrove Bank')),
    ),
    http.get(apiUrl(`/v1/customers/${customerId}/policies`), () =>
      HttpResponse.json({
        totalCount: 1,
        items: [{ id: 'p-1', name: 'Kiosk – Reception', policySettings: ['none'] }],
        attributes: { objectType: 'Collection' },
      }),
    ),
    http.get(apiUrl(`/v1/customers/${customerId}/batchJobStatus/job-1`), () =>
      HttpResponse.json({ batchTrackingId: 'job-1', status: 'finished', devicesStatus: [] }),
    ),
  );
});

describe('DeviceChangePage', () => {
  it('names an assignment’s batch and profile, in the title and the tab, with the way back', async () => {
    renderPage(
      paths.deviceChange.getHref(customerId, 'job-1', 'kind=assign&batch=Lab+%233&profile=p-1'),
    );
    expect(
      await screen.findByRole('heading', { name: 'Profile for devices of Lab #3' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Profile: Kiosk – Reception')).toBeInTheDocument();
    expect(await screen.findByText('Finished: every device has the profile.')).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Device batches' })).toHaveAttribute(
      'href',
      paths.deviceBatches.getHref(customerId),
    );
    await vi.waitFor(() => {
      expect(document.title).toBe(
        'Profile for devices of Lab #3 · Woodgrove Bank · Zero-Touch Batches',
      );
    });
  });

  it('says so when this browser does not know a deregistration', async () => {
    renderPage(paths.deviceChange.getHref(customerId, 'c-1', 'kind=deregister&batch=Lab'));
    expect(await screen.findByText('This browser does not know this change')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View the devices of Lab' })).toHaveAttribute(
      'href',
      paths.devices.getHref(customerId, 'Lab'),
    );
  });
});
