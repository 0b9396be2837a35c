import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider, useLocation, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import { createTestClient } from '@/lib/api-client/testing/api-test-server';
import { createTestQueryClient, renderWithProviders } from '@/testing/render-app';

/** A customer id as Partner Center writes them. */
export const changeTestCustomerId = '5b0e2c1d-3a4f-4e6d-9c8b-7a6f5e4d3c2b';

function TrackerStandIn() {
  const { changeId } = useParams();
  const { search } = useLocation();
  return <h2>{`Tracker of ${changeId ?? ''} ${search}`}</h2>;
}

function DevicesStandIn() {
  const { batchId } = useParams();
  return <h2>{`Devices of ${batchId ?? ''}`}</h2>;
}

interface RouteOptions {
  /** The route pattern the element is shown at. */
  readonly path: string;
  readonly url: string;
  readonly queryClient?: QueryClient;
}

/**
 * A device-change component at its route, with the real providers, an API client (whose requests
 * MSW answers) and stand-ins for the pages it links or navigates to: the tracker and a batch's
 * devices, each naming what its address says.
 */
export function renderChangeRoute(
  element: ReactNode,
  { path, url, queryClient = createTestQueryClient() }: RouteOptions,
) {
  const { client } = createTestClient();
  const standIns = [
    { path: paths.deviceChange.path, element: <TrackerStandIn /> },
    { path: paths.devices.path, element: <DevicesStandIn /> },
  ].filter((route) => route.path !== path);
  const router = createMemoryRouter([{ path, element }, ...standIns], { initialEntries: [url] });
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
  return { ...result, router, queryClient };
}
