import { Button, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { isOutcomeUnknown } from '@/lib/api-client/outcome-unknown-error';

interface ProfileWriteFailureProps {
  readonly error: unknown;
  /** A create is a POST (never resent); an update a PUT (safe to send again). */
  readonly write: 'create' | 'update';
  /** The profile as named on screen. */
  readonly name: string;
  /** Fetch the list again and close the dialog: how the user checks an unknown outcome. */
  readonly onReload: () => void;
  /** Send the same update again; only for an update. */
  readonly onRetry?: (() => void) | undefined;
}

/**
 * Why a create or an update failed, in words for each case, with the ids support asks for:
 * - no clear answer to the POST: it may have been created, so check the list, never resend;
 * - 403: the Admin agent role is missing;
 * - 404 on an update: the profile was deleted meanwhile;
 * - 400: Partner Center refused the values, and its own explanation is among the details;
 * - anything else: the general words, and for an update a retry.
 */
export function ProfileWriteFailure({
  error,
  write,
  name,
  onReload,
  onRetry,
}: ProfileWriteFailureProps) {
  const { t } = useTranslation('profiles');
  const reload = (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} aria-hidden />}
      onClick={onReload}
    >
      {t('outcome.reloadToCheck')}
    </Button>
  );
  if (isOutcomeUnknown(error) && write === 'create') {
    return (
      <ApiErrorPanel
        error={error}
        title={t('outcome.createUnknownTitle')}
        description={<Text size="sm">{t('outcome.createUnknownBody', { name })}</Text>}
        actions={reload}
      />
    );
  }
  const failedTitle = write === 'create' ? t('form.createFailedTitle') : t('form.saveFailedTitle');
  const status = isPartnerCenterError(error, 'http') ? error.status : undefined;
  if (status === 403) {
    return (
      <ApiErrorPanel
        error={error}
        title={t('role.refusedTitle')}
        description={t('role.refusedBody')}
      />
    );
  }
  if (status === 404 && write === 'update') {
    return (
      <ApiErrorPanel
        error={error}
        title={t('outcome.goneTitle')}
        description={t('outcome.goneBody', { name })}
      />
    );
  }
  if (status === 400) {
    return <ApiErrorPanel error={error} title={failedTitle} description={t('form.refusedBody')} />;
  }
  return <ApiErrorPanel error={error} title={failedTitle} {...(onRetry ? { onRetry } : {})} />;
}
