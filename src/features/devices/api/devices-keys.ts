import type { PageCursor } from '@/lib/api-client/fetch-all-pages';

/** The devices of one batch, under its batch in the one key tree (`['customers', id, ...]`). */
export const devicesKeys = {
  all: (customerId: string, batchId: string) =>
    ['customers', customerId, 'device-batches', batchId, 'devices'] as const,
  firstPage: (customerId: string, batchId: string, start: PageCursor) =>
    [...devicesKeys.all(customerId, batchId), 'first-page', start] as const,
  everyPage: (customerId: string, batchId: string, start: PageCursor) =>
    [...devicesKeys.all(customerId, batchId), 'every-page', start] as const,
};
