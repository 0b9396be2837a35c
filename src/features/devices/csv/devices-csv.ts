import type { PartnerCenterDate } from '@/lib/partner-center/read-partner-center-date';
import type { DeviceRow } from '../device-row';
import { encodeCsv } from '@/lib/csv/encode-csv';
import { safeFileName } from '@/lib/csv/safe-file-name';

/** The export's columns, in order; their headings come from the page, in the user's language. */
export const csvColumns = [
  'serialNumber',
  'productKey',
  'hardwareHash',
  'model',
  'manufacturer',
  'profile',
  'uploaded',
  'uploadedBy',
  'deviceId',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/**
 * One unambiguous form for every row: ISO 8601 in UTC; the value as sent if it is no date; empty
 * when there is none (not given, or .NET's "not set" default, which is no date of upload).
 */
function csvDate(date: PartnerCenterDate): string {
  if (date.kind === 'date') return date.date.toISOString();
  return date.kind === 'unreadable' ? date.text : '';
}

function cells(row: DeviceRow): Record<CsvColumn, string> {
  return {
    serialNumber: row.serialNumber ?? '',
    productKey: row.productKey ?? '',
    hardwareHash: row.hardwareHash ?? '',
    model: row.modelName ?? '',
    manufacturer: row.manufacturer ?? '',
    profile: row.profile ?? '',
    uploaded: csvDate(row.uploaded),
    uploadedBy: row.uploadedBy ?? '',
    deviceId: row.id,
  };
}

/** The devices as a CSV document: a heading line, then one line per device, full hashes included. */
export function devicesCsv(
  rows: readonly DeviceRow[],
  headings: Record<CsvColumn, string>,
): string {
  return encodeCsv([
    csvColumns.map((column) => headings[column]),
    ...rows.map((row) => {
      const values = cells(row);
      return csvColumns.map((column) => values[column]);
    }),
  ]);
}

/** The export's file name: the batch's name, made safe for every file system. */
export function devicesCsvFileName(batchId: string): string {
  return `${safeFileName(batchId, 'batch')} - devices.csv`;
}
