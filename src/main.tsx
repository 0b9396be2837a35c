import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { loadRuntimeConfig } from '@/config/load-runtime-config';
import { createApiClient } from '@/lib/api-client/create-api-client';
import { createMsalTokenSource } from '@/lib/auth/msal-token-source';
import { startAuth } from '@/lib/auth/start-auth';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider, ThemeProvider } from './app/provider';
import { createAppRouter } from './app/router';
import { ConfigErrorPage } from './app/config-error-page';

/** Loads the runtime settings, finishes any sign-in in progress, then renders the dashboard. */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);

  const configResult = await loadRuntimeConfig();
  if (!configResult.ok) {
    root.render(
      <ThemeProvider>
        <ConfigErrorPage problems={configResult.problems} />
      </ThemeProvider>,
    );
    return;
  }
  const { auth } = configResult.config;

  const router = createAppRouter();
  const { instance, redirectError } = await startAuth(auth, (to, options) =>
    router.navigate(to, options),
  );
  const tokenSource = createMsalTokenSource(instance, auth.scopes);
  const apiClient = createApiClient({
    apiBase: configResult.config.apiBase,
    getAccessToken: (options) => tokenSource.getAccessToken(options),
    getLocale: () => 'en-US',
  });
  const authSession = {
    tokenSource,
    scopes: auth.scopes,
    authority: auth.authority,
    authorityMetadata: auth.authorityMetadata,
    redirectError,
  };

  root.render(
    <StrictMode>
      <AppProvider
        queryClient={createQueryClient({ onUnauthorized: () => void tokenSource.signInAgain() })}
        apiClient={apiClient}
        msalInstance={instance}
        authSession={authSession}
      >
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
