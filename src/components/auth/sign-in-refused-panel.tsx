import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel, type ErrorDetail } from '@/components/errors/error-panel';
import type { ReSignInGuard } from '@/lib/auth/re-sign-in-guard';
import { isUnauthorized } from '@/lib/query-client';
import { SignInRefusedActions } from './sign-in-refused-actions';

interface SignInRefusedPanelProps {
  readonly error: unknown;
  /** The Partner Center request and correlation ids, status and code. */
  readonly details: readonly ErrorDetail[];
  readonly guard: ReSignInGuard;
  /** The page's own retry of the request this panel stands for. */
  readonly onRetry?: (() => void) | undefined;
  /** The page's words for what did not load; the refusal itself is explained below it. */
  readonly title?: string | undefined;
  readonly actions?: ReactNode;
}

/**
 * The "unauthorized" panel once signing in again did not help: Partner Center still answers 401,
 * so the dashboard stays here instead of redirecting again. It says what is wrong and what to do,
 * shows the ids, retries every refused request of the page at once (the refusal is about the
 * sign-in, not one request), and offers signing in again or with another account.
 */
export function SignInRefusedPanel({
  error,
  details,
  guard,
  onRetry,
  title,
  actions,
}: SignInRefusedPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const retryRefused = () => {
    onRetry?.();
    // Not cancelling a refetch in flight: the page's own retry above may have just started it.
    void queryClient.refetchQueries(
      { type: 'active', predicate: (query) => isUnauthorized(query.state.error) },
      { cancelRefetch: false },
    );
  };
  return (
    <ErrorPanel
      title={title ?? t('errors.api.signInRefusedTitle')}
      description={t('errors.api.signInRefusedBody')}
      details={details}
      onRetry={retryRefused}
      actions={
        <>
          <SignInRefusedActions guard={guard} />
          {actions}
        </>
      }
      error={error}
    />
  );
}
