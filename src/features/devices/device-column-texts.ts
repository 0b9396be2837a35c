import { formatDateTime } from '@/lib/format/format-date-time';
import { formatRelativeTime } from '@/lib/format/format-relative-time';
import type { DeviceRow } from './device-row';
import { shownHardwareHash, shownProductKey, shownUploader } from './shown-secrets';

/** The devices table's columns, in order. */
export const deviceColumns = [
  'serialNumber',
  'productKey',
  'hardwareHash',
  'model',
  'manufacturer',
  'profile',
  'uploaded',
  'uploadedBy',
] as const;

export type DeviceColumn = (typeof deviceColumns)[number];

/** The table's own words, in the user's language, where a value is missing. */
export interface MissingWords {
  readonly notGiven: string;
  readonly notSet: string;
  readonly noProfile: string;
}

/** How many of a column's longest values are measured: text length only approximates width. */
const candidatesPerColumn = 5;

type ShownText = (row: DeviceRow) => string | undefined;

/**
 * The texts that decide how wide each column wants to be: a few of its longest values as the
 * table shows them (masked in presenter mode), with the words for a missing value. Dates are
 * measured from samples, as they all take about the same room. One pass over the rows, so 10,000
 * devices cost a few milliseconds.
 */
export function columnTexts(
  rows: readonly DeviceRow[],
  masked: boolean,
  words: MissingWords,
  locale: string,
): Record<DeviceColumn, string[]> {
  const shown: Record<Exclude<DeviceColumn, 'uploaded'>, ShownText> = {
    serialNumber: (row) => row.serialNumber,
    productKey: (row) => row.productKey && shownProductKey(row.productKey, masked),
    hardwareHash: (row) => row.hardwareHash && shownHardwareHash(row.hardwareHash, masked),
    model: (row) => row.modelName,
    manufacturer: (row) => row.manufacturer,
    profile: (row) => row.profile ?? words.noProfile,
    uploadedBy: (row) => row.uploadedBy && shownUploader(row.uploadedBy, masked),
  };
  return {
    serialNumber: longest(rows, shown.serialNumber, words.notGiven),
    productKey: longest(rows, shown.productKey, words.notGiven),
    hardwareHash: longest(rows, shown.hardwareHash, words.notGiven),
    model: longest(rows, shown.model, words.notGiven),
    manufacturer: longest(rows, shown.manufacturer, words.notGiven),
    profile: longest(rows, shown.profile, words.notGiven),
    uploaded: [...dateSamples(locale), words.notGiven, words.notSet],
    uploadedBy: longest(rows, shown.uploadedBy, words.notGiven),
  };
}

/** The longest values by length, the missing-value words among them when any row lacks one. */
function longest(rows: readonly DeviceRow[], read: ShownText, missing: string): string[] {
  const top: string[] = [];
  let someMissing = false;
  for (const row of rows) {
    const value = read(row);
    if (!value) {
      someMissing = true;
      continue;
    }
    const last = top.at(-1);
    if (top.length === candidatesPerColumn && last !== undefined && value.length <= last.length) {
      continue;
    }
    if (top.includes(value)) continue;
    top.push(value);
    top.sort((a, b) => b.length - a.length);
    if (top.length > candidatesPerColumn) top.pop();
  }
  return someMissing ? [...top, missing] : top;
}

/** Dates in every month, at the widest hour, and the longest ages, as the date cell writes them. */
function dateSamples(locale: string): string[] {
  const now = new Date(Date.UTC(2001, 0, 1));
  const dates = Array.from({ length: 12 }, (_, month) =>
    formatDateTime(new Date(Date.UTC(2000, month, 28, 22, 59)), locale),
  );
  const ages = [-59 * 60, -23 * 3600, -6 * 86_400, -11 * 30 * 86_400, -99 * 365 * 86_400].map(
    (seconds) => formatRelativeTime(new Date(now.getTime() + seconds * 1000), now, locale),
  );
  return [...dates, ...ages];
}
