import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { isPartnerCenterError } from '@/lib/api-client/api-error';

interface PollProblemProps {
  readonly error: unknown;
  readonly trackingId: string;
  readonly onCheckNow: () => void;
}

/**
 * The latest status request failed. The tracker keeps asking (backing off), so this says the
 * upload is not affected, gives the ids, and offers to ask now; a 404 says the upload is unknown.
 */
export function PollProblem({ error, trackingId, onCheckNow }: PollProblemProps) {
  const { t } = useTranslation('deviceUploads');
  const notFound = isPartnerCenterError(error, 'http') && error.status === 404;
  return (
    <ApiErrorPanel
      error={error}
      title={notFound ? t('tracker.notFoundTitle') : t('tracker.pollFailedTitle')}
      description={
        notFound ? t('tracker.notFoundBody', { trackingId }) : t('tracker.pollFailedBody')
      }
      onRetry={onCheckNow}
    />
  );
}
