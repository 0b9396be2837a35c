import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { useFormatNumber } from '../use-format-number';
import { BackToBatchesButton } from './back-to-batches-button';

interface LoadingFailedProps {
  readonly customerId: string;
  readonly error: unknown;
  readonly loadedCount: number;
  /** The batch's `devicesCount`; undefined when Partner Center did not give it. */
  readonly total: number | undefined;
  /** Continues from the page that failed. */
  readonly onRetry: () => void;
}

/**
 * Loading stopped: what went wrong (with the ids support asks for), how far it got, a retry that
 * continues where it stopped, and the way back to the batches.
 */
export function LoadingFailed({
  customerId,
  error,
  loadedCount,
  total,
  onRetry,
}: LoadingFailedProps) {
  const { t } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  const partial = loadedCount > 0;
  return (
    <ApiErrorPanel
      error={error}
      onRetry={onRetry}
      // With nothing loaded yet, the panel's own words for the failure say it best.
      title={partial ? t('failed.title') : undefined}
      description={
        !partial
          ? undefined
          : total === undefined
            ? t('failed.bodyWithoutTotal', { loaded: formatNumber(loadedCount) })
            : t('failed.body', { loaded: formatNumber(loadedCount), total: formatNumber(total) })
      }
      actions={<BackToBatchesButton customerId={customerId} />}
    />
  );
}
