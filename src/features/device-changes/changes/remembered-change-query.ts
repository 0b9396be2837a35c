import { queryOptions } from '@tanstack/react-query';
import { browserStore } from '@/lib/storage/browser-store';
import { findRememberedChange } from './remembered-changes';

/**
 * A change as this browser kept it, or null when it does not know it: from the browser's own
 * store, not Partner Center, so not in its key tree. Read again whenever a tracker opens.
 */
export function rememberedChangeQueryOptions(
  accountId: string,
  customerId: string,
  changeId: string,
) {
  return queryOptions({
    queryKey: ['remembered-device-change', accountId, customerId, changeId],
    queryFn: async () =>
      (await findRememberedChange(browserStore, accountId, customerId, changeId)) ?? null,
    staleTime: 0,
    gcTime: 0,
  });
}
