import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenSource } from '../auth-session';
import { redirectBridgePath } from './create-msal-instance';

/** A promise that never settles: the page is navigating away to sign in. */
const navigatingAway = (): Promise<never> => new Promise<never>(() => undefined);

export function createMsalTokenSource(
  instance: IPublicClientApplication,
  scopes: readonly string[],
): TokenSource {
  const here = () => window.location.href;
  const redirectToSignIn = async (account: AccountInfo | null): Promise<void> => {
    await instance.acquireTokenRedirect({
      scopes: [...scopes],
      redirectStartPage: here(),
      ...(account ? { account, loginHint: account.username } : {}),
    });
  };

  return {
    async getAccessToken({ forceRefresh }) {
      const account = instance.getActiveAccount();
      if (!account) {
        await redirectToSignIn(null);
        return navigatingAway();
      }
      try {
        const result = await instance.acquireTokenSilent({
          scopes: [...scopes],
          account,
          forceRefresh,
          redirectUri: new URL(redirectBridgePath, window.location.origin).href,
        });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        await redirectToSignIn(account);
        return navigatingAway();
      }
    },
    async signInAgain() {
      await redirectToSignIn(instance.getActiveAccount());
    },
  };
}
