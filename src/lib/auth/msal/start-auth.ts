import {
  EventType,
  type AuthenticationResult,
  type PublicClientApplication,
} from '@azure/msal-browser';
import type { RuntimeConfig } from '@/config/runtime-config';
import { createMsalInstance } from './create-msal-instance';
import { RouterNavigationClient } from './router-navigation-client';
import { takeReturnTo } from '../return-to';
import { withoutLogoutState } from '../without-logout-state';

export interface AuthStartup {
  readonly instance: PublicClientApplication;
  /** What the identity provider answered when a sign-in came back refused or cancelled. */
  readonly redirectError: unknown;
}

const isAuthenticationResult = (payload: unknown): payload is AuthenticationResult =>
  typeof payload === 'object' && payload !== null && 'account' in payload;

/**
 * Builds MSAL from the runtime settings and finishes any sign-in that is coming back from the
 * identity provider, before the first render. MSAL then returns the user, through the router, to the
 * exact URL they started from.
 */
export async function startAuth(
  auth: RuntimeConfig['auth'],
  navigate: (to: string, options: { replace: boolean }) => unknown,
): Promise<AuthStartup> {
  const instance = createMsalInstance(auth);
  await instance.initialize();
  instance.setNavigationClient(new RouterNavigationClient(navigate));

  let redirectError: unknown = null;
  try {
    const result = await instance.handleRedirectPromise();
    if (result?.account) instance.setActiveAccount(result.account);
  } catch (error) {
    redirectError = error;
  }
  const returnTo = takeReturnTo();
  if (redirectError !== null && returnTo !== null) await navigate(returnTo, { replace: true });
  // Back from signing out: MSAL has handled the return, so its `?state=` is only clutter now.
  const cleaned = withoutLogoutState(window.location);
  if (cleaned !== null) await navigate(cleaned, { replace: true });

  if (!instance.getActiveAccount()) {
    const [firstAccount] = instance.getAllAccounts();
    if (firstAccount) instance.setActiveAccount(firstAccount);
  }

  instance.addEventCallback((event) => {
    const signedIn =
      event.eventType === EventType.LOGIN_SUCCESS ||
      event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS;
    if (signedIn && isAuthenticationResult(event.payload)) {
      instance.setActiveAccount(event.payload.account);
    }
  });

  return { instance, redirectError };
}
