import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { pollInterval } from '../batch-polling';
import { deviceBatchesQueryOptions } from './get-device-batches';

/**
 * A customer's batches for the batches page: the shared query options plus polling every 30 s
 * while a batch is queued or processing. Polling pauses while the tab is hidden and stops once
 * every batch has settled; other pages reading the same key do not poll.
 */
export function useDeviceBatches(customerId: string) {
  return useQuery({
    ...deviceBatchesQueryOptions(useApiClient(), customerId),
    refetchInterval: (query) => pollInterval(query.state.data?.items),
    refetchIntervalInBackground: false,
  });
}
