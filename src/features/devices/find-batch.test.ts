import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { findBatch } from './find-batch';

const batch = (id: string): DeviceBatch => ({
  id,
  creationDate: '2024-01-15T06:30:00',
  devicesCount: 1,
  devicesLink: { uri: `/customers/c1/deviceBatches/${id}/devices`, method: 'GET', headers: [] },
});

describe('findBatch', () => {
  const batches = [batch('Lab #3'), batch('LAB #3'), batch('Why? batch')];

  it('finds the batch with exactly that id first', () => {
    expect(findBatch(batches, 'LAB #3')?.id).toBe('LAB #3');
  });

  it('falls back to a match ignoring case, as Partner Center matches ids', () => {
    expect(findBatch(batches, 'why? BATCH')?.id).toBe('Why? batch');
  });

  it('finds nothing for an unknown id, or before the list has loaded', () => {
    expect(findBatch(batches, 'Lab #4')).toBeUndefined();
    expect(findBatch(undefined, 'Lab #3')).toBeUndefined();
  });
});
