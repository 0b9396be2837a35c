import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { firstPageLoaded } from '../loaded-devices';
import { devicesFirstPageQueryOptions } from './get-devices-first-page';
import { everyDeviceQueryOptions } from './get-every-device';

/**
 * Every device of `batch`, as far as loaded. When its first page is already cached (prefetched on
 * the batches page) the table shows it from the first render, while the rest streams in.
 */
/**
 * The placeholder built from a cached first page, once per page object: the same page must give
 * the same placeholder, or every render would hand React a new result and re-render forever.
 */
const placeholders = new WeakMap<object, ReturnType<typeof firstPageLoaded>>();

function placeholderFor(
  page: Parameters<typeof firstPageLoaded>[0],
): ReturnType<typeof firstPageLoaded> {
  let placeholder = placeholders.get(page);
  if (!placeholder) {
    placeholder = firstPageLoaded(page);
    placeholders.set(page, placeholder);
  }
  return placeholder;
}

export function useBatchDevices(
  customerId: string,
  batch: Pick<DeviceBatch, 'id' | 'devicesLink'>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const firstPage = devicesFirstPageQueryOptions(client, customerId, batch.id, batch.devicesLink);
  return useQuery({
    ...everyDeviceQueryOptions(client, customerId, batch.id, batch.devicesLink),
    placeholderData: () => {
      const page = queryClient.getQueryData(firstPage.queryKey);
      return page && placeholderFor(page);
    },
  });
}
