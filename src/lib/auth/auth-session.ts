import { createContext, useContext } from 'react';
import type { SignInProblem } from './sign-in-problem';

export interface TokenSource {
  /** An access token for the API; renews silently, and falls back to an interactive sign-in. */
  getAccessToken(options: { forceRefresh: boolean }): Promise<string>;
  /** Sends the user through sign-in again, returning to the page they are on. */
  signInAgain(): Promise<void>;
}

/**
 * What the dashboard needs from sign-in, with no MSAL type in it: MSAL itself loads as its own chunk,
 * in parallel with the runtime settings (see src/lib/auth/msal/start-msal.ts).
 */
export interface AuthSession {
  readonly tokenSource: TokenSource;
  readonly authority: string;
  readonly authorityMetadata: string | undefined;
  /** The partner tenant's AdminAgents group (`auth.adminAgentsGroupId`), when configured. */
  readonly adminAgentsGroupId?: string;
  /** A sign-in that came back refused or cancelled, shown once instead of redirecting again. */
  readonly redirectProblem: SignInProblem | null;
  /** Leaves for the identity provider; `selectAccount` shows its account picker. */
  readonly loginRedirect: (options: { readonly selectAccount: boolean }) => Promise<void>;
  readonly logoutRedirect: () => Promise<void>;
}

export const AuthSessionContext = createContext<AuthSession | null>(null);

export function useAuthSession(): AuthSession {
  const session = useContext(AuthSessionContext);
  if (!session)
    throw new Error('useAuthSession must be used below the AuthSessionContext provider');
  return session;
}
