import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { useDeviceBatches } from '../api/use-device-batches';
import { pollInterval } from '../batch-polling';
import { useNow } from '../use-now';
import { BatchesLoaded } from './batches-loaded';
import { BatchesSkeleton } from './batches-skeleton';

interface DeviceBatchesViewProps {
  readonly customerId: string;
  /** Hovering or focusing a devices link: prefetch that batch's first page of devices. */
  readonly onPrefetchDevices?: ((batch: DeviceBatch) => void) | undefined;
}

const clockTickMs = 10_000;

/**
 * A customer's device batches: data first (kept on screen when a background refresh fails), then
 * the error of a first load that failed, then the loading skeleton.
 */
export function DeviceBatchesView({ customerId, onPrefetchDevices }: DeviceBatchesViewProps) {
  const query = useDeviceBatches(customerId);
  const now = useNow(clockTickMs);
  const refetch = () => void query.refetch();

  if (query.data) {
    return (
      <BatchesLoaded
        customerId={customerId}
        batches={query.data.items}
        freshness={{
          updatedAt: query.dataUpdatedAt,
          now,
          isFetching: query.isFetching,
          isPolling: pollInterval(query.data.items) !== false,
          onRefresh: refetch,
        }}
        refreshError={query.isError ? query.error : null}
        onPrefetchDevices={onPrefetchDevices}
      />
    );
  }
  if (query.isError) return <ApiErrorPanel error={query.error} onRetry={refetch} />;
  return <BatchesSkeleton />;
}
