// Mantine's styles in a cascade layer, so the app's own CSS modules win over them; per component, so
// that each page's chunk brings only what it uses.
import './app/styles/mantine-shell.css';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { loadRuntimeConfig } from '@/config/load-runtime-config';
import type { RuntimeConfig } from '@/config/runtime-config';
import { createApiClient } from '@/lib/api-client/create-api-client';
import { retryNotices } from '@/lib/api-client/retry-notices';
import { createQueryClient } from '@/lib/query-client';
import { describeWriteFailure } from '@/lib/api-client/describe-write-failure';
import { ReSignInGuardContext } from '@/lib/auth/re-sign-in-context';
import { createReSignInGuard } from '@/lib/auth/re-sign-in-guard';
import { createPresenterModeStore } from '@/lib/presenter/presenter-mode-store';
import { AppProvider, ThemeProvider } from './app/provider';
import { createAppRouter } from './app/router';
import { ConfigErrorPage } from './app/config-error-page';
import { StartupErrorPage } from './app/startup-error-page';
import { loadCatalogues } from './app/i18n/load-catalogues';
import { changeLocale, createI18n } from '@/lib/i18n/create-i18n';
import { readPreferredLocale, type SupportedLocale } from '@/lib/i18n/supported-locales';

// MSAL is larger than React: it loads as its own chunk, started now so that it downloads while the
// runtime settings load rather than delaying the first page's own scripts.
const msalModule = import('@/lib/auth/msal/start-msal');
// Handled where it is awaited; this keeps a failure before then from being an unhandled rejection.
msalModule.catch(() => undefined);

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
  try {
    await startDashboard(root, i18n, configResult.config);
  } catch (error) {
    console.error('The dashboard could not start', error);
    root.render(
      <ThemeProvider i18n={i18n}>
        <StartupErrorPage error={error} />
      </ThemeProvider>,
    );
  }
}

/** Signs in (or finishes a sign-in) with MSAL, then renders the dashboard. */
async function startDashboard(root: Root, i18n: i18n, config: RuntimeConfig): Promise<void> {
  const { auth } = config;
  const router = createAppRouter();
  const { startMsal } = await msalModule;
  const { session: authSession, AuthStatusProvider } = await startMsal(auth, (to, options) =>
    router.navigate(to, options),
  );
  const { tokenSource } = authSession;
  const apiClient = createApiClient({
    apiBase: config.apiBase,
    getAccessToken: (options) => tokenSource.getAccessToken(options),
    getLocale: () => i18n.language,
    onRetryScheduled: retryNotices.publish,
  });

  // A 401 the forced token refresh did not cure sends the user through sign-in once; a 401 after
  // that shows the refusal (see re-sign-in-guard.ts), however many queries fail at once.
  const reSignIn = createReSignInGuard(sessionStorage);
  const queryClient = createQueryClient({
    onUnauthorized: () => {
      if (reSignIn.decideUnauthorized() !== 'sign-in-again') return;
      tokenSource.signInAgain().catch((error: unknown) => {
        console.warn('Signing in again did not start', error);
        reSignIn.noteRedirectFailed();
      });
    },
    onAnswered: () => {
      reSignIn.noteAnswered();
    },
    // The page that sent a write shows its failure in words; this leaves the one line support
    // asks for in the console (ids, status, never a body or a token).
    onMutationError: (error) => {
      console.warn('A Partner Center write failed', describeWriteFailure(error));
    },
  });
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
        AuthStatusProvider={AuthStatusProvider}
        authSession={authSession}
      >
        <ReSignInGuardContext value={reSignIn}>
          <RouterProvider router={router} />
        </ReSignInGuardContext>
      </AppProvider>
    </StrictMode>,
  );
}

void start();
