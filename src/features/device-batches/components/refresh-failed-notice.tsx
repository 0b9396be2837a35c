import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';

interface RefreshFailedNoticeProps {
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** A background refresh failed: the table stays as it was, and this says why, with the ids. */
export function RefreshFailedNotice({ error, onRetry }: RefreshFailedNoticeProps) {
  const { t } = useTranslation('deviceBatches');
  return <ApiErrorPanel error={error} title={t('freshness.refreshFailed')} onRetry={onRetry} />;
}
