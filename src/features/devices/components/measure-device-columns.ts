import type { ColumnSpace } from '@/components/data-display/fit-column-widths';
import {
  measureTextWidths,
  type TextToMeasure,
} from '@/components/data-display/measure-text-widths';
import { deviceColumns, type DeviceColumn } from '../device-column-texts';

/** A cell's padding either side (Mantine's table spacing, xs) and a pixel for rounding. */
const cellPadding = 2 * 10 + 2;
/** A sortable heading's chevron and the gap before it. */
const sortIcon = 14 + 4;
/** Around the hardware hash: its `<Code>` padding, the copy and show buttons, and the gaps. */
const hashExtras = 2 * 5 + 2 * 22 + 2 * 4;

/** Below these, in pixels, a column cuts its values off rather than narrow further. */
const minimums: Record<DeviceColumn, number> = {
  serialNumber: 96,
  productKey: 112,
  hardwareHash: Number.POSITIVE_INFINITY, // its buttons must stay: never cut
  model: 112,
  manufacturer: 96,
  profile: 112,
  uploaded: Number.POSITIVE_INFINITY, // a date cut short is no date
  uploadedBy: 112,
};

/**
 * What each devices column would like and can do with (see `fitColumnWidths`): its widest text
 * and heading, measured in one layout in `host`, plus padding, the sort icon and the hash's buttons.
 * A heading is never cut off, so it sets the least a column can have.
 */
export function measureDeviceColumns(
  host: HTMLElement,
  texts: Record<DeviceColumn, readonly string[]>,
  headings: Record<DeviceColumn, string>,
): ColumnSpace[] {
  const toMeasure: TextToMeasure[] = [];
  const ranges = deviceColumns.map((column) => {
    const start = toMeasure.length;
    const as: TextToMeasure['as'] = column === 'hardwareHash' ? 'code' : 'text';
    toMeasure.push({ text: headings[column], as: 'heading' });
    for (const text of texts[column]) toMeasure.push({ text, as });
    return { column, start, end: toMeasure.length };
  });
  const widths = measureTextWidths(host, toMeasure);
  return ranges.map(({ column, start, end }) => {
    const [heading = 0, ...values] = widths.slice(start, end);
    const isHash = column === 'hardwareHash';
    const headingWidth = heading + (isHash ? 0 : sortIcon);
    const valueWidth = Math.max(0, ...values) + (isHash ? hashExtras : 0);
    const desired = Math.ceil(Math.max(headingWidth, valueWidth)) + cellPadding;
    const minimum = Math.min(
      desired,
      Math.ceil(Math.max(minimums[column], headingWidth + cellPadding)),
    );
    return { desired, minimum };
  });
}
