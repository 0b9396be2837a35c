import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataAsOf } from '@/components/data-display/data-as-of';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { LoadingStatus } from '@/components/status/loading-status';
import { useBatchDevices } from '../api/use-batch-devices';
import { isFullyLoaded } from '../loaded-devices';
import type { SelectionActions } from '../selection-actions';
import { BatchNotFound } from './batch-not-found';
import { CountMismatch } from './count-mismatch';
import { DevicesBrowser } from './devices-browser';
import { LoadingFailed } from './loading-failed';
import { LoadingProgress } from './loading-progress';

interface BatchDevicesProps {
  readonly customerId: string;
  readonly batch: Pick<DeviceBatch, 'id' | 'devicesCount' | 'devicesLink'>;
  /** What may be done with ticked devices (see DevicesBrowser); none: no checkboxes. */
  readonly selectionActions?: SelectionActions | undefined;
}

/**
 * Every device of a batch: loaded page after page with progress, shown as they arrive, kept when
 * a page fails (with a retry that continues there), and checked against the batch's count.
 */
export function BatchDevices({ customerId, batch, selectionActions }: BatchDevicesProps) {
  const { t } = useTranslation('devices');
  const query = useBatchDevices(customerId, batch);
  const loaded = query.data;
  const loadedCount = loaded?.loadedCount ?? 0;
  const complete = loaded !== undefined && !query.isPlaceholderData && isFullyLoaded(loaded);
  // A retry keeps the old error until its first page arrives; by then it shows progress again.
  const error = query.isFetching ? null : query.error;

  if (loadedCount === 0 && isPartnerCenterError(error, 'http') && error.status === 404) {
    return <BatchNotFound customerId={customerId} batchId={batch.id} error={error} />;
  }
  return (
    <Stack gap="md">
      {error ? (
        <LoadingFailed
          customerId={customerId}
          error={error}
          loadedCount={loadedCount}
          total={batch.devicesCount}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <LoadingProgress loadedCount={loadedCount} total={batch.devicesCount} loading={!complete} />
      )}
      <DataAsOf updatedAt={query.dataUpdatedAt} label={(time) => t('print.dataAsOf', { time })} />
      {complete && batch.devicesCount !== undefined && loadedCount !== batch.devicesCount && (
        <CountMismatch expected={batch.devicesCount} loaded={loadedCount} />
      )}
      {loaded ? (
        <DevicesBrowser
          batchId={batch.id}
          devices={loaded.devices}
          loading={!complete}
          selectionActions={selectionActions}
        />
      ) : (
        !error && <LoadingStatus label={t('page.loadingDevices')} />
      )}
    </Stack>
  );
}
