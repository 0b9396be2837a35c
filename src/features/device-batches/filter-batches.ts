import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { statusKeyOf } from './batch-status-buckets';
import type { BatchSummary } from './summarise-batches';

/**
 * The status filter that applies: the URL's statuses that the summary offers. A value it does not
 * offer (a typo, or a status no batch has any more) is ignored rather than hiding every batch.
 */
export function applicableStatuses(
  statuses: readonly string[],
  summary: BatchSummary,
): readonly string[] {
  const offered = new Set(summary.byStatus.map(({ key }) => key));
  return statuses.filter((status) => offered.has(status));
}

/** Folds case and accents, so "olcu" finds "Ölçü cihazları". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Batches in any of `statuses` (all when empty) whose name contains `query`. */
export function filterBatches(
  batches: readonly DeviceBatch[],
  statuses: readonly string[],
  query: string,
): DeviceBatch[] {
  const wanted = new Set(statuses);
  const needle = fold(query.trim());
  return batches.filter(
    (batch) =>
      (wanted.size === 0 || wanted.has(statusKeyOf(batch.status))) &&
      fold(batch.id).includes(needle),
  );
}
