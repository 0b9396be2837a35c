import { createContext, useContext } from 'react';

export interface SignedInAccount {
  /** MSAL's homeAccountId: stable per account and tenant, and keys what the browser remembers. */
  readonly id: string;
  readonly name: string;
  /** The sign-in name, usually the work email address. */
  readonly username: string;
  /** The claims of the account's ID token, as MSAL decoded them (`groups` among them, if sent). */
  readonly idTokenClaims?: Readonly<Record<string, unknown>>;
}

/** Who is signed in right now, kept current by MSAL's provider (src/lib/auth/msal). */
export interface AuthStatus {
  readonly account: SignedInAccount | null;
  /** A sign-in, sign-out or redirect is under way: wait rather than start another. */
  readonly interactionInProgress: boolean;
}

export const AuthStatusContext = createContext<AuthStatus | null>(null);

export function useAuthStatus(): AuthStatus {
  const status = useContext(AuthStatusContext);
  if (!status) throw new Error('useAuthStatus must be used below the AuthStatusContext provider');
  return status;
}
