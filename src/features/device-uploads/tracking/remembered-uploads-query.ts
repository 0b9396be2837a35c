import { queryOptions } from '@tanstack/react-query';
import { browserStore } from '@/lib/storage/browser-store';
import { readRememberedUploads } from './remembered-uploads';

/**
 * The signed-in account's recent uploads for a customer, from the browser's own store (not
 * Partner Center, so not in its key tree). Read again whenever a page that shows them opens.
 */
export function rememberedUploadsQueryOptions(accountId: string | undefined, customerId: string) {
  return queryOptions({
    queryKey: ['remembered-uploads', accountId ?? '', customerId],
    queryFn: () =>
      accountId ? readRememberedUploads(browserStore, accountId, customerId) : Promise.resolve([]),
    staleTime: 0,
    gcTime: 0,
  });
}
