import { partnerCenterCsvHeaders } from '@/lib/csv/partner-center-device-csv';
import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';

/** A column that becomes a field of the device sent to Partner Center. */
export type CsvDeviceField = keyof DeviceToUpload;

export type AutopilotCsvFormat = 'partner-center' | 'intune';

/** The header rows as Microsoft's docs write them, to show when a file has neither. */
export const expectedHeaders = {
  'partner-center': partnerCenterCsvHeaders,
  intune: [
    'Device Serial Number',
    'Windows Product ID',
    'Hardware Hash',
    'Group Tag',
    'Assigned User',
  ],
} as const satisfies Record<AutopilotCsvFormat, readonly string[]>;

const fieldByHeader: ReadonlyMap<string, CsvDeviceField> = new Map([
  ['device serial number', 'serialNumber'],
  ['windows product id', 'productKey'],
  ['hardware hash', 'hardwareHash'],
  ['manufacturer name', 'oemManufacturerName'],
  ['device model', 'modelName'],
]);

/** Intune's columns with no Partner Center field: read, never sent. */
const intuneOnlyHeaders: ReadonlySet<string> = new Set(['group tag', 'assigned user']);

/** Where each known column is, by 0-based cell index. A column the file lacks is absent. */
export type CsvColumnMap = Partial<Record<CsvDeviceField, number>>;

/** What the page tells the user about a header it reads. Codes, worded by the page. */
export type CsvHeaderNote =
  /** Group Tag and Assigned User are Intune settings: Partner Center has no such fields. */
  | { code: 'intune-columns-not-sent'; columns: string[] }
  /** Intune's format has no manufacturer or model, so a row needs a hash or product ID. */
  | { code: 'no-manufacturer-or-model' };

export type CsvHeaderProblem =
  | {
      code: 'unrecognised-header';
      /** The file's first row, trimmed, to show next to the expected headers. */
      found: string[];
      expected: typeof expectedHeaders;
    }
  /** The first row is a device, not column names (a hash where a heading should be). */
  | { code: 'no-header-row'; expected: typeof expectedHeaders }
  /** A column named twice: which of the two to send is anyone's guess. */
  | { code: 'duplicate-column'; column: string };

export type CsvHeader =
  | {
      ok: true;
      format: AutopilotCsvFormat;
      columns: CsvColumnMap;
      /** Columns neither format has, as the file names them: read, never sent. */
      extraColumns: string[];
      notes: CsvHeaderNote[];
    }
  | { ok: false; problem: CsvHeaderProblem };

/**
 * Intune's importer refuses a header whose case differs, with a bare error: a common complaint.
 * Here "DEVICE SERIAL NUMBER" or " Hardware  hash " read as the documented names.
 */
function headerKey(cell: string): string {
  return cell.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A hardware hash is a long base64 string; no column name looks like one. */
function looksLikeHash(cell: string): boolean {
  return cell.trim().length >= 100 && /^[A-Za-z0-9+/]+={0,2}$/.test(cell.trim());
}

/** A file can name devices only with a hash, a product ID, or serial number + manufacturer + model. */
function canIdentifyDevices(columns: CsvColumnMap): boolean {
  return (
    columns.hardwareHash !== undefined ||
    columns.productKey !== undefined ||
    (columns.serialNumber !== undefined &&
      columns.oemManufacturerName !== undefined &&
      columns.modelName !== undefined)
  );
}

/**
 * Reads the header row: which format, and where each column is. Columns may come in any order.
 * A header without Manufacturer name and Device model reads as Intune's format, which is also what
 * Get-WindowsAutopilotInfo writes without `-Partner` (three columns, or five with a group tag).
 */
export function recogniseAutopilotHeader(cells: readonly string[]): CsvHeader {
  if (cells.some(looksLikeHash)) {
    return { ok: false, problem: { code: 'no-header-row', expected: expectedHeaders } };
  }
  const columns: CsvColumnMap = {};
  const extraColumns: string[] = [];
  const intuneColumns: string[] = [];
  for (const [index, cell] of cells.entries()) {
    const key = headerKey(cell);
    const field = fieldByHeader.get(key);
    if (field !== undefined) {
      if (columns[field] !== undefined) {
        return { ok: false, problem: { code: 'duplicate-column', column: cell.trim() } };
      }
      columns[field] = index;
    } else if (intuneOnlyHeaders.has(key)) {
      intuneColumns.push(cell.trim());
    } else if (key !== '') {
      extraColumns.push(cell.trim());
    }
  }
  if (!canIdentifyDevices(columns)) {
    return {
      ok: false,
      problem: {
        code: 'unrecognised-header',
        found: cells.map((cell) => cell.trim()),
        expected: expectedHeaders,
      },
    };
  }
  const isPartnerCenter =
    columns.oemManufacturerName !== undefined || columns.modelName !== undefined;
  const notes: CsvHeaderNote[] = [];
  if (intuneColumns.length > 0)
    notes.push({ code: 'intune-columns-not-sent', columns: intuneColumns });
  if (!isPartnerCenter) notes.push({ code: 'no-manufacturer-or-model' });
  return {
    ok: true,
    format: isPartnerCenter ? 'partner-center' : 'intune',
    columns,
    extraColumns,
    notes,
  };
}
