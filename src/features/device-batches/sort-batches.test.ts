import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import type { BatchSort } from './batch-list-view';
import { sortBatches } from './sort-batches';
import { makeBatch } from './testing/batch-fixtures';

const batches = [
  makeBatch({
    id: 'Batch 10',
    status: 'finished',
    creationDate: '2024-01-15T06:30:00.2417951+01:00',
    devicesCount: 10_000,
    createdBy: 'Contoso Partner Ltd',
  }),
  makeBatch({
    id: 'batch 9',
    status: 'queued',
    creationDate: '2025-06-02T08:00:13',
    devicesCount: 40,
  }),
  makeBatch({ id: 'Älpha', creationDate: 'not a date', devicesCount: 12 }),
  makeBatch({
    id: 'Lab #3',
    status: 'archived',
    creationDate: '2024-05-06T07:55:10.0000001+02:00',
    devicesCount: 1,
    createdBy: 'Northwind Traders',
  }),
];

const order = (sort: BatchSort, locale = 'en-US') =>
  sortBatches(batches, sort, locale).map(({ id }: DeviceBatch) => id);

describe('sortBatches', () => {
  it('sorts names in the user language, numbers in numeric order, both ways', () => {
    expect(order({ column: 'name', direction: 'asc' })).toEqual([
      'Älpha',
      'batch 9',
      'Batch 10',
      'Lab #3',
    ]);
    expect(order({ column: 'name', direction: 'desc' })).toEqual([
      'Lab #3',
      'Batch 10',
      'batch 9',
      'Älpha',
    ]);
  });

  it('sorts by creation time across offsets, an unreadable date last either way', () => {
    expect(order({ column: 'created', direction: 'desc' })).toEqual([
      'batch 9',
      'Lab #3',
      'Batch 10',
      'Älpha',
    ]);
    expect(order({ column: 'created', direction: 'asc' })).toEqual([
      'Batch 10',
      'Lab #3',
      'batch 9',
      'Älpha',
    ]);
  });

  it('sorts statuses by life cycle, then unrecognised, then unknown', () => {
    expect(order({ column: 'status', direction: 'asc' })).toEqual([
      'batch 9',
      'Batch 10',
      'Lab #3',
      'Älpha',
    ]);
  });

  it('sorts device counts as numbers', () => {
    expect(order({ column: 'devices', direction: 'desc' })).toEqual([
      'Batch 10',
      'batch 9',
      'Älpha',
      'Lab #3',
    ]);
  });

  it('sorts by creator with batches without one last, then newest first', () => {
    expect(order({ column: 'createdBy', direction: 'asc' })).toEqual([
      'Batch 10',
      'Lab #3',
      'batch 9',
      'Älpha',
    ]);
    expect(order({ column: 'createdBy', direction: 'desc' })).toEqual([
      'Lab #3',
      'Batch 10',
      'batch 9',
      'Älpha',
    ]);
  });

  it('returns a copy and leaves the API order alone', () => {
    const before = batches.map(({ id }) => id);
    order({ column: 'name', direction: 'asc' });
    expect(batches.map(({ id }) => id)).toEqual(before);
  });
});
