import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthSession } from '@/lib/auth/auth-session';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { useSignIn } from '@/lib/auth/use-sign-in';
import { LoadingStatus } from '@/components/status/loading-status';
import { SignInProblem } from './sign-in-problem';

/**
 * Guards pages that need a signed-in user. Signed out, it sends the user to sign in and back to the
 * very same URL; a cancelled or failed sign-in shows a page with a retry instead of looping.
 */
export function RequireSignIn({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { account, interactionInProgress } = useAuthStatus();
  const isAuthenticated = account !== null;
  const { redirectProblem, authority } = useAuthSession();
  const { signIn, unreachable } = useSignIn();
  const [dismissedError, setDismissedError] = useState(false);
  const showError = redirectProblem !== null && !dismissedError;
  const mustSignIn = !isAuthenticated && !interactionInProgress;

  useEffect(() => {
    if (mustSignIn && !showError && !unreachable) void signIn();
  }, [mustSignIn, showError, unreachable, signIn]);

  if (isAuthenticated) return children;
  if (unreachable || showError) {
    return (
      <SignInProblem
        problem={unreachable || !redirectProblem ? { kind: 'unreachable' } : redirectProblem}
        authority={authority}
        onRetry={() => {
          setDismissedError(true);
          void signIn();
        }}
      />
    );
  }
  return <LoadingStatus label={t('auth.signingIn')} hint={t('auth.takingYouToSignIn')} />;
}
