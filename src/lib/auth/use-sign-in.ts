import { useCallback, useState } from 'react';
import { useAuthSession } from './auth-session';
import { checkAuthorityReachable } from './check-authority-reachable';
import { rememberReturnTo } from './return-to';

interface SignInOptions {
  /** Shows the provider's account picker, to switch to another account. */
  readonly selectAccount?: boolean;
}

/**
 * Starts the redirect sign-in, returning afterwards to the page the user is on. If the identity
 * provider cannot be reached, says so instead of leaving for the browser's error page.
 */
export function useSignIn() {
  const { authority, authorityMetadata, loginRedirect } = useAuthSession();
  const [unreachable, setUnreachable] = useState(false);

  const signIn = useCallback(
    async ({ selectAccount = false }: SignInOptions = {}) => {
      if (!(await checkAuthorityReachable(authorityMetadata, authority))) {
        setUnreachable(true);
        return;
      }
      setUnreachable(false);
      rememberReturnTo();
      await loginRedirect({ selectAccount });
    },
    [authority, authorityMetadata, loginRedirect],
  );

  return { signIn, unreachable };
}
