import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { theme } from '@/app/theme';
import { AuthSessionContext } from '@/lib/auth/auth-session';
import { AuthStatusContext } from '@/lib/auth/auth-status';
import { ChangeLocaleContext } from '@/lib/i18n/locale-context';
import { PresenterModeContext } from '@/lib/presenter/presenter-mode';
import { createPresenterModeStore } from '@/lib/presenter/presenter-mode-store';
import { createTestAuthSession, signedOutStatus } from './test-auth';
import { createTestI18n } from './test-i18n';

/** A fresh query client per test, without retries, as TkDodo recommends. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

function TestProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  const [i18n] = useState(createTestI18n);
  const [presenterMode] = useState(() =>
    createPresenterModeStore(sessionStorage, new URL(window.location.href)),
  );
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <AuthStatusContext value={signedOutStatus}>
          <AuthSessionContext value={createTestAuthSession()}>
            <ChangeLocaleContext
              value={(locale) => i18n.changeLanguage(locale).then(() => undefined)}
            >
              <PresenterModeContext value={presenterMode}>
                <QueryClientProvider client={client}>{children}</QueryClientProvider>
              </PresenterModeContext>
            </ChangeLocaleContext>
          </AuthSessionContext>
        </AuthStatusContext>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Renders a component with the real providers. */
export function renderWithProviders(ui: ReactNode, client = createTestQueryClient()): RenderResult {
  return render(<TestProviders client={client}>{ui}</TestProviders>);
}

/** Renders routes at a URL, with the real providers and a memory router. */
export function renderRoutes(
  routes: RouteObject[],
  url: string,
  client = createTestQueryClient(),
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <TestProviders client={client}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...result, router };
}
