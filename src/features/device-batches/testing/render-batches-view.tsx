import type { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import { createTestClient } from '@/lib/api-client/testing/api-test-server';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { createTestQueryClient, renderWithProviders } from '@/testing/render-app';
import { DeviceBatchesView } from '../components/device-batches-view';
import { fixtureCustomerId } from './batch-fixtures';

function DevicesPageStandIn() {
  const { batchId } = useParams();
  return <h2>{`Devices of ${batchId ?? ''}`}</h2>;
}

interface Options {
  /** Search part of the URL, e.g. `?sort=name`. */
  readonly search?: string;
  readonly onPrefetchDevices?: (batch: DeviceBatch) => void;
  readonly queryClient?: QueryClient;
}

/** The batches view at its route with the real providers, an API client and a devices route. */
export function renderBatchesView({ search = '', onPrefetchDevices, queryClient }: Options = {}) {
  const { client } = createTestClient();
  const router = createMemoryRouter(
    [
      {
        path: paths.deviceBatches.path,
        element: (
          <DeviceBatchesView customerId={fixtureCustomerId} onPrefetchDevices={onPrefetchDevices} />
        ),
      },
      { path: paths.devices.path, element: <DevicesPageStandIn /> },
    ],
    { initialEntries: [`${paths.deviceBatches.getHref(fixtureCustomerId)}${search}`] },
  );
  const result = renderWithProviders(
    <ApiClientContext value={client}>
      {/* As react-router/dom's provider does, so typing in the search box flushes at once. */}
      <RouterProvider
        router={router}
        flushSync={(update) => {
          flushSync(update);
        }}
      />
    </ApiClientContext>,
    queryClient ?? createTestQueryClient(),
  );
  return { ...result, router };
}
