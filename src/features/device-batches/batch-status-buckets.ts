import { presentBatchStatus, type KnownBatchStatus } from '@/lib/partner-center/batch-status';

/**
 * Batches are counted and filtered by status "bucket": a known status (`finished`), `unknown` for a
 * batch without one, or any other status as the service wrote it (`archived`). A service value of
 * "unknown" lands in the same bucket as a missing status, which is what it means.
 */
export const unknownStatusKey = 'unknown';

const knownStatusOrder: readonly KnownBatchStatus[] = [
  'queued',
  'processing',
  'finished',
  'finished_with_errors',
];

export function statusKeyOf(status: string | undefined): string {
  const presentation = presentBatchStatus(status);
  if (presentation.kind === 'known') return presentation.status;
  if (presentation.kind === 'missing') return unknownStatusKey;
  return presentation.value;
}

/** The status to give `BatchStatusBadge` for a bucket: none for `unknown`, else the key itself. */
export function statusOfKey(key: string): string | undefined {
  return key === unknownStatusKey ? undefined : key;
}

/**
 * Where a bucket sorts: the known statuses in their life-cycle order, then any others, then
 * unknown. The same order serves the summary and the status column.
 */
export function statusRank(key: string): number {
  const known = knownStatusOrder.findIndex((status) => status === key);
  if (known !== -1) return known;
  return key === unknownStatusKey ? knownStatusOrder.length + 1 : knownStatusOrder.length;
}

export const knownStatusKeys: readonly string[] = knownStatusOrder;
