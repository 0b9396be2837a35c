import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { readPartnerCenterDate, sortableTime } from '@/lib/partner-center/read-partner-center-date';
import { statusKeyOf, statusRank } from './batch-status-buckets';
import type { BatchSort, SortColumn } from './batch-list-view';

type Compare = (a: DeviceBatch, b: DeviceBatch) => number;

/**
 * A value that is missing (no creator, no count, a date not given, not set or unreadable) sorts
 * last either way.
 */
function missingLast<T>(
  read: (batch: DeviceBatch) => T | undefined,
  compare: (a: T, b: T) => number,
) {
  return (direction: number): Compare =>
    (a, b) => {
      const left = read(a);
      const right = read(b);
      if (left === undefined || right === undefined) {
        return Number(left === undefined) - Number(right === undefined);
      }
      return direction * compare(left, right);
    };
}

const createdAt = (batch: DeviceBatch) => sortableTime(readPartnerCenterDate(batch.creationDate));

/**
 * A sorted copy, in the user's language's collation (numbers in names in numeric order). Ties keep
 * the newest batch first, then the name, so the order never depends on the API's.
 */
export function sortBatches(
  batches: readonly DeviceBatch[],
  sort: BatchSort,
  locale: string,
): DeviceBatch[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const text = (a: string, b: string) => collator.compare(a, b);
  const comparators: Record<SortColumn, (direction: number) => Compare> = {
    name: (direction) => (a, b) => direction * text(a.id, b.id),
    status: (direction) => (a, b) => {
      const [left, right] = [statusKeyOf(a.status), statusKeyOf(b.status)];
      return direction * (statusRank(left) - statusRank(right) || text(left, right));
    },
    created: missingLast(createdAt, (a, b) => a - b),
    devices: missingLast(
      (batch) => batch.devicesCount,
      (a, b) => a - b,
    ),
    createdBy: missingLast((batch) => batch.createdBy, text),
  };
  const primary = comparators[sort.column](sort.direction === 'asc' ? 1 : -1);
  const newestFirst = comparators.created(-1);
  const byName = comparators.name(1);
  return [...batches].sort(
    (a, b) => primary(a, b) || newestFirst(a, b) || byName(a, b) || text(a.id, b.id),
  );
}
