import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { deviceBatchesQueryOptions } from '@/features/device-batches/api/get-device-batches';
import { knownDevicesFrom, noKnownDevices } from '@/features/device-uploads/csv/known-devices';
import type { KnownDevicesCheck } from '@/features/device-uploads/known-devices-check';
import { everyDeviceQueryOptions } from '@/features/devices/api/get-every-device';
import type { LoadedDevices } from '@/features/devices/loaded-devices';
import { useApiClient } from '@/lib/api-client/api-client-context';

/**
 * Joins every batch's devices into one check. A module-level function, so TanStack Query runs it
 * again only when a batch's devices change, not on every render.
 */
function combineDevices(results: UseQueryResult<LoadedDevices>[]) {
  const loading = results.some((query) => query.isPending || (query.isFetching && !query.isError));
  const devices = results.flatMap((query) => query.data?.devices ?? []);
  return {
    loading,
    failed: results.some((query) => query.isError),
    known: loading ? noKnownDevices : knownDevicesFrom(devices),
    deviceCount: devices.length,
    refetchFailed: () => {
      for (const query of results) if (query.isError) void query.refetch();
    },
  };
}

/**
 * Every device of every batch the customer has, loaded with the devices page's own query (so a
 * batch already opened costs nothing), as the upload page's list of devices already registered.
 */
export function useKnownDevicesCheck(customerId: string): KnownDevicesCheck {
  const client = useApiClient();
  const batches = useQuery(deviceBatchesQueryOptions(client, customerId));
  const devices = useQueries({
    queries: (batches.data?.items ?? []).map((batch) =>
      everyDeviceQueryOptions(client, customerId, batch.id, batch.devicesLink),
    ),
    combine: combineDevices,
  });
  const loading = batches.isPending || devices.loading;
  const failed = batches.isError || devices.failed;
  return {
    status: failed ? 'incomplete' : loading ? 'loading' : 'complete',
    known: devices.known,
    deviceCount: devices.deviceCount,
    retry: () => {
      if (batches.isError) void batches.refetch();
      devices.refetchFailed();
    },
  };
}
