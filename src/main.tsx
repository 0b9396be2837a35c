// Mantine's styles in a cascade layer, so the app's own CSS modules win over them.
import '@mantine/core/styles.layer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { loadRuntimeConfig } from '@/config/load-runtime-config';
import { createApiClient } from '@/lib/api-client/create-api-client';
import { retryNotices } from '@/lib/api-client/retry-notices';
import { createMsalTokenSource } from '@/lib/auth/msal-token-source';
import { startAuth } from '@/lib/auth/start-auth';
import { createQueryClient } from '@/lib/query-client';
import { createPresenterModeStore } from '@/lib/presenter/presenter-mode-store';
import { AppProvider, ThemeProvider } from './app/provider';
import { createAppRouter } from './app/router';
import { ConfigErrorPage } from './app/config-error-page';
import { loadCatalogues } from './app/i18n/load-catalogues';
import { changeLocale, createI18n } from '@/lib/i18n/create-i18n';
import { readPreferredLocale, type SupportedLocale } from '@/lib/i18n/supported-locales';

/** Loads the runtime settings, finishes any sign-in in progress, then renders the dashboard. */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);

  const [i18n, configResult] = await Promise.all([
    createI18n(readPreferredLocale(), loadCatalogues),
    loadRuntimeConfig(),
  ]);
  if (!configResult.ok) {
    root.render(
      <ThemeProvider i18n={i18n}>
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
    getLocale: () => i18n.language,
    onRetryScheduled: retryNotices.publish,
  });
  const authSession = {
    tokenSource,
    scopes: auth.scopes,
    authority: auth.authority,
    authorityMetadata: auth.authorityMetadata,
    redirectError,
  };

  const queryClient = createQueryClient({ onUnauthorized: () => void tokenSource.signInAgain() });
  const changeLanguage = async (locale: SupportedLocale) => {
    await changeLocale(i18n, locale, loadCatalogues);
    // Partner Center words some answers in the caller's language (X-Locale): ask again.
    await queryClient.invalidateQueries();
  };

  root.render(
    <StrictMode>
      <AppProvider
        queryClient={queryClient}
        changeLocale={changeLanguage}
        presenterMode={createPresenterModeStore(localStorage, new URL(window.location.href))}
        apiClient={apiClient}
        i18n={i18n}
        msalInstance={instance}
        authSession={authSession}
      >
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
