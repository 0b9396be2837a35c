import { isBatchInProgress } from '@/lib/partner-center/batch-status';

/** How often the batches page asks again while a batch is still queued or processing. */
export const pollIntervalMs = 30_000;

/**
 * TanStack Query's `refetchInterval`: poll while any batch is in progress, stop (`false`) once every
 * batch has settled, and do not start without data (a failed first load waits for a retry).
 */
export function pollInterval(
  batches: readonly { readonly status?: string | undefined }[] | undefined,
): number | false {
  return batches?.some((batch) => isBatchInProgress(batch.status)) ? pollIntervalMs : false;
}
