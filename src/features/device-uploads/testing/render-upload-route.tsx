import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider, useLocation, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import { createTestClient } from '@/lib/api-client/testing/api-test-server';
import { createTestQueryClient, renderWithProviders } from '@/testing/render-app';

/** A customer id as Partner Center writes them. */
export const uploadTestCustomerId = '7d1f0c2e-5b3a-4c6d-8e9f-a0b1c2d3e4f5';

function TrackerStandIn() {
  const { uploadId } = useParams();
  const { search } = useLocation();
  return <h2>{`Tracker of ${uploadId ?? ''} ${search}`}</h2>;
}

function DevicesStandIn() {
  const { batchId } = useParams();
  return <h2>{`Devices of ${batchId ?? ''}`}</h2>;
}

interface RouteOptions {
  /** The route pattern the element is shown at, e.g. `paths.registerDevices.path`. */
  readonly path: string;
  /** The address the router starts at. */
  readonly url: string;
  readonly queryClient?: QueryClient;
}

/**
 * A device-upload component at its route, with the real providers, an API client (whose requests
 * MSW answers) and stand-ins for the pages it links or navigates to: the tracker and a batch's
 * devices, each naming what its address says.
 */
export function renderUploadRoute(
  element: ReactNode,
  { path, url, queryClient = createTestQueryClient() }: RouteOptions,
) {
  const { client } = createTestClient();
  const standIns = [
    { path: paths.upload.path, element: <TrackerStandIn /> },
    { path: paths.devices.path, element: <DevicesStandIn /> },
  ].filter((route) => route.path !== path);
  const router = createMemoryRouter([{ path, element }, ...standIns], {
    initialEntries: [url],
  });
  const result = renderWithProviders(
    <ApiClientContext value={client}>
      <RouterProvider
        router={router}
        flushSync={(update) => {
          flushSync(update);
        }}
      />
    </ApiClientContext>,
    queryClient,
  );
  return { ...result, router };
}
