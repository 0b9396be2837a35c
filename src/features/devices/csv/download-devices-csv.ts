import type { DeviceRow } from '../device-row';
import { devicesCsv, devicesCsvFileName, type CsvColumn } from './devices-csv';

/**
 * Builds the CSV in the browser and hands it to the user as a download. Loaded with `import()`
 * only when the user exports, so the table's first load does not carry it.
 */
export function downloadDevicesCsv(
  rows: readonly DeviceRow[],
  headings: Record<CsvColumn, string>,
  batchId: string,
): void {
  const blob = new Blob([devicesCsv(rows, headings)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = devicesCsvFileName(batchId);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
