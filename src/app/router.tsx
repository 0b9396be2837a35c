import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { isDecodablePath } from './navigation/is-decodable-path';
import { lowerCaseTenantId } from './navigation/lower-case-tenant-id';
import { loadDevicesPage } from './routes/load-devices-page';
import { NotFoundPage } from './routes/not-found-page';
import { PageLoading } from './routes/page-loading';
import { RootLayout } from './routes/root-layout';
import { RouteErrorPage } from './routes/route-error-page';
import { SignedInLayout } from './routes/signed-in-layout';
import { StartPage } from './routes/start-page';

/** Every route of the dashboard; each page is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.home.path, element: <StartPage /> },
          {
            element: <SignedInLayout />,
            children: [
              {
                path: paths.customers.path,
                lazy: async () => ({
                  Component: (await import('./routes/customers-page')).CustomersPage,
                }),
              },
              {
                // Every /customers/{tenantId}/… page: checks the id, shows the customer header.
                loader: lowerCaseTenantId,
                lazy: async () => ({
                  Component: (await import('./routes/customer-layout')).CustomerLayout,
                }),
                children: [
                  {
                    // A customer's own address opens its device batches.
                    path: paths.customer.path,
                    // Not a malformed address, though: that is not found (see RootLayout).
                    loader: ({ params, request }) =>
                      isDecodablePath(new URL(request.url).pathname)
                        ? redirect(paths.deviceBatches.getHref(params.customerId ?? ''))
                        : null,
                  },
                  {
                    path: paths.deviceBatches.path,
                    lazy: async () => ({
                      Component: (await import('./routes/device-batches-page')).DeviceBatchesPage,
                    }),
                  },
                  {
                    path: paths.registerDevices.path,
                    lazy: async () => ({
                      Component: (await import('./routes/register-devices-page'))
                        .RegisterDevicesPage,
                    }),
                  },
                  {
                    path: paths.upload.path,
                    lazy: async () => ({
                      Component: (await import('./routes/upload-page')).UploadPage,
                    }),
                  },
                  {
                    path: paths.devices.path,
                    lazy: async () => ({
                      Component: (await loadDevicesPage()).DevicesPage,
                    }),
                  },
                  {
                    path: paths.profiles.path,
                    lazy: async () => ({
                      Component: (await import('./routes/profiles-page')).ProfilesPage,
                    }),
                  },
                  {
                    path: paths.profileDevices.path,
                    lazy: async () => ({
                      Component: (await import('./routes/profile-devices-page')).ProfileDevicesPage,
                    }),
                  },
                  {
                    path: paths.deviceChange.path,
                    lazy: async () => ({
                      Component: (await import('./routes/device-change-page')).DeviceChangePage,
                    }),
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
