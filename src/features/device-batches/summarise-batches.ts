import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { knownStatusKeys, statusKeyOf, statusRank } from './batch-status-buckets';

export interface StatusCount {
  /** A status bucket (see `statusKeyOf`); also the value of the `status` filter in the URL. */
  readonly key: string;
  readonly count: number;
}

export interface BatchSummary {
  readonly batchCount: number;
  readonly deviceCount: number;
  /** Every known status (even at 0, so "Processing 0" says nothing is running), then the others. */
  readonly byStatus: readonly StatusCount[];
}

export function summariseBatches(batches: readonly DeviceBatch[]): BatchSummary {
  const counts = new Map<string, number>(knownStatusKeys.map((key) => [key, 0]));
  let deviceCount = 0;
  for (const batch of batches) {
    const key = statusKeyOf(batch.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // A batch whose count is not given adds nothing: the total counts what Partner Center said.
    deviceCount += batch.devicesCount ?? 0;
  }
  const byStatus = [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => statusRank(a.key) - statusRank(b.key) || a.key.localeCompare(b.key));
  return { batchCount: batches.length, deviceCount, byStatus };
}
