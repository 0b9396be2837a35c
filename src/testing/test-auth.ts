import type { AuthSession } from '@/lib/auth/auth-session';
import type { AuthStatus } from '@/lib/auth/auth-status';

export const testAuthSettings = {
  clientId: '6c2f4b1a-9d3e-4f5a-8b7c-0d1e2f3a4b5c',
  authority: 'https://login.example/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
  knownAuthorities: ['login.example'],
  scopes: ['https://api.partnercenter.microsoft.com/user_impersonation'],
  redirectUri: '/',
  postLogoutRedirectUri: '/',
};

/** Nobody signed in and nothing under way, as MSAL reports it once started. */
export const signedOutStatus: AuthStatus = { account: null, interactionInProgress: false };

export function createTestAuthSession(overrides: Partial<AuthSession> = {}): AuthSession {
  return {
    tokenSource: {
      getAccessToken: () => Promise.resolve('test-access-token'),
      signInAgain: () => Promise.resolve(),
    },
    authority: testAuthSettings.authority,
    authorityMetadata: undefined,
    redirectProblem: null,
    loginRedirect: () => Promise.resolve(),
    logoutRedirect: () => Promise.resolve(),
    ...overrides,
  };
}
