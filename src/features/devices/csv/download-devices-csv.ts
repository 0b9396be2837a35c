import { downloadCsvFile } from '@/lib/csv/download-csv-file';
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
  downloadCsvFile(devicesCsv(rows, headings), devicesCsvFileName(batchId));
}
