import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';

/**
 * The batch a devices URL names. Partner Center matches batch ids without regard to case
 * (docs/partner-center-api.md §10: PowerShell does), so an exact match wins and a case-insensitive one is the fallback.
 */
export function findBatch(
  batches: readonly DeviceBatch[] | undefined,
  batchId: string,
): DeviceBatch | undefined {
  if (!batches) return undefined;
  const lower = batchId.toLowerCase();
  return (
    batches.find((batch) => batch.id === batchId) ??
    batches.find((batch) => batch.id.toLowerCase() === lower)
  );
}
