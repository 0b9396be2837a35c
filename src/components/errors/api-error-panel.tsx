import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInRefusedActions } from '@/components/auth/sign-in-refused-actions';
import { SignInRefusedPanel } from '@/components/auth/sign-in-refused-panel';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { useUnauthorizedState } from '@/lib/auth/re-sign-in-context';
import { classifyApiError } from './describe-api-error';
import { ErrorPanel, type ErrorDetail } from './error-panel';

interface ApiErrorPanelProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
  /** A page's own words for a case it knows better, e.g. "customer not found" for a 404. */
  readonly title?: string;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
}

/**
 * A failed Partner Center request: what went wrong in plain words, what to do, the ids support asks
 * for (request and correlation id, status, Partner Center code), a retry, and the diagnostics.
 */
export function ApiErrorPanel({ error, onRetry, title, description, actions }: ApiErrorPanelProps) {
  const { t } = useTranslation();
  const unauthorized = useUnauthorizedState();
  if (!isPartnerCenterError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <ErrorPanel
        title={title ?? t('errors.somethingWentWrong')}
        description={description ?? t('errors.somethingWentWrongHelp')}
        details={[{ label: t('errors.errorLabel'), value: message }]}
        {...(onRetry ? { onRetry } : {})}
        actions={actions}
        error={error}
      />
    );
  }

  const kind = classifyApiError(error);
  const details: ErrorDetail[] = [
    ...(error.status === undefined
      ? []
      : [{ label: t('errors.statusLabel'), value: String(error.status) }]),
    ...(error.code === undefined
      ? []
      : [{ label: t('errors.partnerCenterCodeLabel'), value: String(error.code) }]),
    ...(error.description
      ? [{ label: t('errors.descriptionLabel'), value: error.description }]
      : []),
    { label: t('errors.requestIdLabel'), value: error.requestId },
    { label: t('errors.correlationIdLabel'), value: error.correlationId },
  ];
  // Signing in again did not help: say so, with the ways out, instead of redirecting again.
  if (kind === 'unauthorized' && unauthorized && !unauthorized.leaving) {
    return (
      <SignInRefusedPanel
        error={error}
        details={details}
        guard={unauthorized.guard}
        onRetry={onRetry}
        title={title}
        actions={actions}
      />
    );
  }
  // MFA missing: what to do is sign in again with MFA, so the panel offers that once the automatic
  // re-sign-in is spent, with the words for this cause rather than the general refusal.
  const signInActions =
    kind === 'mfaRequired' && unauthorized && !unauthorized.leaving ? (
      <SignInRefusedActions guard={unauthorized.guard} />
    ) : null;
  return (
    <ErrorPanel
      title={title ?? t(`errors.api.${kind}Title`)}
      description={description ?? t(`errors.api.${kind}Body`, { status: error.status ?? '' })}
      details={details}
      {...(onRetry ? { onRetry } : {})}
      actions={
        signInActions ? (
          <>
            {signInActions}
            {actions}
          </>
        ) : (
          actions
        )
      }
      error={error}
    />
  );
}
