import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';
import { makeBatch, fixtureCustomerId } from '@/features/device-batches/testing/batch-fixtures';
import { deviceBatchesHandler } from '@/features/device-batches/testing/device-batches-handlers';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import { renderWithProviders } from '@/testing/render-app';
import { DeviceBatchesPage } from './device-batches-page';

const seen = startApiTestServer();
const devicesPath = `/v1/customers/${fixtureCustomerId}/deviceBatches/Lab%20%233/devices`;

function renderPage() {
  const router = createMemoryRouter(
    [{ path: paths.deviceBatches.path, element: <DeviceBatchesPage /> }],
    { initialEntries: [paths.deviceBatches.getHref(fixtureCustomerId)] },
  );
  renderWithProviders(
    <ApiClientContext value={createTestClient().client}>
      <RouterProvider router={router} />
    </ApiClientContext>,
  );
}

describe('DeviceBatchesPage', () => {
  it('names itself, in the heading and the browser tab', async () => {
    server.use(deviceBatchesHandler([makeBatch({ id: 'Lab #3', devicesCount: 1 })]));
    renderPage();
    expect(screen.getByRole('heading', { name: 'Device batches' })).toBeVisible();
    await screen.findByRole('table');
    expect(document.title).toBe('Device batches · Zero-Touch Batches');
  });

  it('prefetches the first page of a batch’s devices when its link is hovered', async () => {
    server.use(
      deviceBatchesHandler([makeBatch({ id: 'Lab #3', status: 'finished', devicesCount: 1 })]),
      http.get(apiUrl(devicesPath), () =>
        HttpResponse.json({ totalCount: 0, items: [], attributes: { objectType: 'Collection' } }),
      ),
    );
    renderPage();

    await userEvent.hover(await screen.findByRole('link', { name: '1 device in Lab #3' }));

    await vi.waitFor(() => {
      expect(seen.requests.map((request) => request.url)).toContain(apiUrl(devicesPath));
    });
  });
});
