import { createContext, useContext } from 'react';
import type { TokenSource } from './msal-token-source';

export interface AuthSession {
  readonly tokenSource: TokenSource;
  readonly scopes: readonly string[];
  readonly authority: string;
  readonly authorityMetadata: string | undefined;
  /** A sign-in that came back refused or cancelled, shown once instead of redirecting again. */
  readonly redirectError: unknown;
}

export const AuthSessionContext = createContext<AuthSession | null>(null);

export function useAuthSession(): AuthSession {
  const session = useContext(AuthSessionContext);
  if (!session)
    throw new Error('useAuthSession must be used below the AuthSessionContext provider');
  return session;
}
