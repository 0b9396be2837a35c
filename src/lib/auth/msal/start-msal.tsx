import type { ComponentType, ReactNode } from 'react';
import type { RuntimeConfig } from '@/config/runtime-config';
import type { AuthSession } from '../auth-session';
import { describeSignInError } from './describe-sign-in-error';
import { MsalAuthStatusProvider } from './msal-auth-status-provider';
import { createMsalTokenSource } from './msal-token-source';
import { startAuth } from './start-auth';

export interface MsalStartup {
  readonly session: AuthSession;
  /** Provides MSAL React and the dashboard's AuthStatus to everything below it. */
  readonly AuthStatusProvider: ComponentType<{ readonly children: ReactNode }>;
}

/**
 * Everything MSAL: the only module the app loads that imports it. main.tsx starts loading it at once,
 * as its own chunk, so MSAL (larger than React) downloads while the runtime settings load instead of
 * delaying the first page's scripts.
 */
export async function startMsal(
  auth: RuntimeConfig['auth'],
  navigate: (to: string, options: { replace: boolean }) => unknown,
): Promise<MsalStartup> {
  const { instance, redirectError } = await startAuth(auth, navigate);
  const session: AuthSession = {
    tokenSource: createMsalTokenSource(instance, auth.scopes),
    authority: auth.authority,
    authorityMetadata: auth.authorityMetadata,
    ...(auth.adminAgentsGroupId === undefined
      ? {}
      : { adminAgentsGroupId: auth.adminAgentsGroupId }),
    redirectProblem: redirectError === null ? null : describeSignInError(redirectError),
    loginRedirect: ({ selectAccount }) =>
      instance.loginRedirect({
        scopes: [...auth.scopes],
        redirectStartPage: window.location.href,
        ...(selectAccount ? { prompt: 'select_account' } : {}),
      }),
    logoutRedirect: () => {
      const account = instance.getActiveAccount();
      return instance.logoutRedirect(account ? { account } : {});
    },
  };
  function AuthStatusProvider({ children }: { readonly children: ReactNode }) {
    return <MsalAuthStatusProvider instance={instance}>{children}</MsalAuthStatusProvider>;
  }
  return { session, AuthStatusProvider };
}
