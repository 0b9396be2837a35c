import type { ValidDeviceRow } from '../csv/validate-device-rows';

/**
 * The rows of the uploads sent from this tab, by upload id, so the tracker's CSV of devices not
 * registered can hold their hardware hashes: `batchJobStatus` reports serial numbers and product
 * IDs only. Kept in memory, never stored: hashes identify devices, and a reopened tracker says the
 * hashes must come from the original file. The latest few uploads are kept.
 */
const sentRows = new Map<string, readonly ValidDeviceRow[]>();
const keptUploads = 5;

export function keepSentRows(uploadId: string, rows: readonly ValidDeviceRow[]): void {
  sentRows.delete(uploadId);
  sentRows.set(uploadId, rows);
  for (const oldest of [...sentRows.keys()].slice(0, Math.max(0, sentRows.size - keptUploads)))
    sentRows.delete(oldest);
}

export function sentRowsOf(uploadId: string): readonly ValidDeviceRow[] | undefined {
  return sentRows.get(uploadId);
}
