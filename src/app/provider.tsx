import {
  localStorageColorSchemeManager,
  MantineProvider,
  type CSSVariablesResolver,
} from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AppErrorBoundary } from '@/components/errors/app-error-boundary';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import { AuthSessionContext, type AuthSession } from '@/lib/auth/auth-session';
import { ChangeLocaleContext } from '@/lib/i18n/locale-context';
import type { SupportedLocale } from '@/lib/i18n/supported-locales';
import { PresenterModeContext } from '@/lib/presenter/presenter-mode';
import type { PresenterModeStore } from '@/lib/presenter/presenter-mode-store';
import { theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'ztb-color-scheme' });

/**
 * Mantine's default dimmed text is 3.3:1 on white and its error text (a field's message) about
 * 4.5:1, short of WCAG AA at small sizes; these shades keep both clearly above 4.5:1.
 */
const readableText: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

const QueryDevtools = import.meta.env.DEV
  ? lazy(async () => ({
      default: (await import('@tanstack/react-query-devtools')).ReactQueryDevtools,
    }))
  : () => null;

/** Mantine's look, with the colour scheme following the OS until the user picks one. */
export function ThemeProvider({
  i18n,
  children,
}: {
  readonly i18n: i18n;
  readonly children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        defaultColorScheme="auto"
        colorSchemeManager={colorSchemeManager}
        cssVariablesResolver={readableText}
      >
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}

interface AppProviderProps {
  readonly queryClient: QueryClient;
  /** MSAL's provider, from the lazily loaded MSAL chunk (src/lib/auth/msal/start-msal.tsx). */
  readonly AuthStatusProvider: ComponentType<{ readonly children: ReactNode }>;
  readonly authSession: AuthSession;
  readonly apiClient: ApiClient;
  readonly i18n: i18n;
  readonly changeLocale: (locale: SupportedLocale) => Promise<void>;
  readonly presenterMode: PresenterModeStore;
  readonly children: ReactNode;
}

/** Everything the router needs above it: theme, last-resort boundary, MSAL, the API client and the query cache. */
export function AppProvider({
  queryClient,
  AuthStatusProvider,
  authSession,
  apiClient,
  i18n,
  changeLocale,
  presenterMode,
  children,
}: AppProviderProps) {
  return (
    <ThemeProvider i18n={i18n}>
      <AppErrorBoundary>
        <AuthStatusProvider>
          <AuthSessionContext value={authSession}>
            <ApiClientContext value={apiClient}>
              <ChangeLocaleContext value={changeLocale}>
                <PresenterModeContext value={presenterMode}>
                  <QueryClientProvider client={queryClient}>
                    {children}
                    <Suspense>
                      <QueryDevtools />
                    </Suspense>
                  </QueryClientProvider>
                </PresenterModeContext>
              </ChangeLocaleContext>
            </ApiClientContext>
          </AuthSessionContext>
        </AuthStatusProvider>
      </AppErrorBoundary>
    </ThemeProvider>
  );
}
