import { summariseBatches } from './summarise-batches';
import { makeBatch } from './testing/batch-fixtures';

describe('summariseBatches', () => {
  it('counts batches, devices and batches per status, known statuses first', () => {
    const summary = summariseBatches([
      makeBatch({ id: 'a', status: 'finished', devicesCount: 10_000 }),
      makeBatch({ id: 'b', status: 'Finished', devicesCount: 5 }),
      makeBatch({ id: 'c', status: 'processing', devicesCount: 250 }),
      makeBatch({ id: 'd', devicesCount: 12 }),
      makeBatch({ id: 'e', status: 'archived', devicesCount: 0 }),
    ]);
    expect(summary.batchCount).toBe(5);
    expect(summary.deviceCount).toBe(10_267);
    expect(summary.byStatus).toEqual([
      { key: 'queued', count: 0 },
      { key: 'processing', count: 1 },
      { key: 'finished', count: 2 },
      { key: 'finished_with_errors', count: 0 },
      { key: 'archived', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('still lists the known statuses, at zero, when there are no batches', () => {
    const summary = summariseBatches([]);
    expect(summary).toMatchObject({ batchCount: 0, deviceCount: 0 });
    expect(summary.byStatus.map(({ key }) => key)).toEqual([
      'queued',
      'processing',
      'finished',
      'finished_with_errors',
    ]);
  });
});
