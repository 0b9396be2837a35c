import type { QueryClient } from '@tanstack/react-query';
import { Outlet, type RouteObject } from 'react-router';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import { createTestClient } from '@/lib/api-client/testing/api-test-server';
import { createTestQueryClient, renderRoutes } from '@/testing/render-app';

/** `renderRoutes` with a Partner Center client (talking to MSW) available to every route. */
export function renderRoutesWithApi(
  routes: RouteObject[],
  url: string,
  queryClient: QueryClient = createTestQueryClient(),
) {
  const { client } = createTestClient();
  const withClient: RouteObject = {
    element: (
      <ApiClientContext value={client}>
        <Outlet />
      </ApiClientContext>
    ),
    children: routes,
  };
  return renderRoutes([withClient], url, queryClient);
}
