import type { DeviceRow } from './device-row';
import type { DevicesSort } from './devices-view-params';

/**
 * The rows in the chosen order, or `rows` itself (the order Partner Center sent) when none is
 * chosen. Text compares as people read it ("Lab 9" before "Lab 10", case and accents ignored);
 * rows without a value come last in either direction; equal rows keep their order.
 */
export function sortDevices(
  rows: readonly DeviceRow[],
  sort: DevicesSort | null,
  locale: string,
): readonly DeviceRow[] {
  if (sort === null) return rows;
  const { column, direction } = sort;
  const sign = direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const compareValues = (a: string | number, b: string | number): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...rows].sort((rowA, rowB) => {
    const a = rowA[column] ?? null;
    const b = rowB[column] ?? null;
    if (a === null || a === '') return b === null || b === '' ? 0 : 1;
    if (b === null || b === '') return -1;
    return sign * compareValues(a, b);
  });
}
