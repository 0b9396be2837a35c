import { MutationObserver, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { browserStore, type KeyValueStore } from '@/lib/storage/browser-store';
import { deregisterDevice } from '../api/deregister-device';
import type { RunDependencies } from './deregistration-runs';

/**
 * What a deregistration run needs from the page: the store, the API client, and TanStack Query.
 * Each DELETE is a mutation, so a refusal reaches the app's one MutationCache error path (logged
 * once, with its ids) like any other write; it is kept in the cache no longer than it runs. When
 * every device has an answer, the customer's batches (their counts, and the batch's devices) and
 * profiles (their device counts) are refreshed.
 */
export function useDeregistrationDependencies(
  accountId: string,
  customerId: string,
  store: KeyValueStore = browserStore,
): RunDependencies {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      accountId,
      store,
      locks: typeof navigator === 'undefined' ? undefined : navigator.locks,
      deregister: (device, signal) =>
        new MutationObserver(queryClient, {
          mutationKey: ['deregister-device', device.customerId, device.batchId],
          mutationFn: () => deregisterDevice(client, device, signal),
          gcTime: 0,
        }).mutate(),
      onFinished: () => {
        void queryClient.invalidateQueries({
          queryKey: partnerCenterKeys.deviceBatches(customerId),
        });
        void queryClient.invalidateQueries({ queryKey: partnerCenterKeys.policies(customerId) });
      },
    }),
    [accountId, customerId, store, client, queryClient],
  );
}
