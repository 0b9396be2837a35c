import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { deviceBatchesQueryOptions } from '@/features/device-batches/api/get-device-batches';
import { everyDeviceQueryOptions } from '@/features/devices/api/get-every-device';
import { autopilotProfileOf } from '@/features/devices/device-profile';
import type { LoadedDevices } from '@/features/devices/loaded-devices';
import {
  usesProfile,
  type ProfileDeviceRow,
  type ProfileDevicesLoad,
} from '@/features/profiles/profile-device-row';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { Policy } from '@/lib/partner-center/policy-schema';

export interface ProfileDevicesState {
  /** The customer's batches, in which every device is looked for. */
  readonly batches: {
    readonly status: 'pending' | 'error' | 'success';
    readonly error: unknown;
    readonly retry: () => void;
  };
  /** The devices that use the profile, as far as they are loaded; none until the profile is known. */
  readonly load: ProfileDevicesLoad;
}

/**
 * Every batch's devices as far as loaded, in batch order, with how far loading has come. A
 * module-level function, so TanStack Query runs it again only when a batch's devices change.
 */
function combineDevices(results: UseQueryResult<LoadedDevices>[]) {
  const failed = results.filter((query) => query.isError);
  return {
    perBatch: results.map((query) => query.data?.devices ?? []),
    loadedCount: results.reduce((sum, query) => sum + (query.data?.loadedCount ?? 0), 0),
    loading: results.some((query) => query.isPending || (query.isFetching && !query.isError)),
    failure:
      failed[0] === undefined
        ? undefined
        : {
            error: failed[0].error,
            retry: () => {
              for (const query of failed) void query.refetch();
            },
          },
  };
}

/**
 * Every device of every batch of the customer that uses `policy`: each batch's devices are loaded
 * with the devices page's own query (streamed page by page, so a batch already opened costs
 * nothing, and one that failed part-way resumes where it stopped), then matched by the profile's
 * name or id (see usesProfile). Loading starts with the batches, before the profile is known, so
 * a large customer's devices and the profile list come in side by side.
 */
export function useProfileDevices(
  customerId: string,
  policy: Policy | undefined,
): ProfileDevicesState {
  const client = useApiClient();
  const batches = useQuery(deviceBatchesQueryOptions(client, customerId));
  const batchItems = batches.data?.items;
  const devices = useQueries({
    queries: (batchItems ?? []).map((batch) =>
      everyDeviceQueryOptions(client, customerId, batch.id, batch.devicesLink),
    ),
    combine: combineDevices,
  });
  const { perBatch } = devices;

  const rows = useMemo(() => {
    if (!policy || !batchItems) return [];
    const found: ProfileDeviceRow[] = [];
    batchItems.forEach((batch, index) => {
      for (const device of perBatch[index] ?? []) {
        if (!usesProfile(autopilotProfileOf(device), policy)) continue;
        found.push({
          id: device.id,
          serialNumber: device.serialNumber,
          modelName: device.modelName,
          manufacturer: device.oemManufacturerName,
          batchId: batch.id,
        });
      }
    });
    return found;
  }, [policy, batchItems, perBatch]);

  const counts = batchItems?.map((batch) => batch.devicesCount) ?? [];
  return {
    batches: {
      // A failed refresh keeps the batches it had: only a list never loaded is a failure here.
      status: batches.data ? 'success' : batches.status,
      error: batches.error,
      retry: () => void batches.refetch(),
    },
    load: {
      rows,
      loadedCount: devices.loadedCount,
      totalCount: counts.every((count) => count !== undefined)
        ? counts.reduce((sum, count) => sum + count, 0)
        : undefined,
      loading: batches.isPending || devices.loading,
      failure: devices.failure,
    },
  };
}
