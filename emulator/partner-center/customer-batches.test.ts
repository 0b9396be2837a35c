import { describe, expect, it } from 'vitest';
import { seededIndexes } from './customer-batches';

describe('seededIndexes', () => {
  it('is the plain range while no device has left the batch', () => {
    expect(seededIndexes(100, 3, [], 250)).toEqual([100, 101, 102]);
    expect(seededIndexes(248, 100, [], 250)).toEqual([248, 249]);
  });

  it('passes over deregistered devices, before and inside the page', () => {
    const removed = [0, 2, 3, 7];
    expect(seededIndexes(0, 4, removed, 10)).toEqual([1, 4, 5, 6]);
    expect(seededIndexes(4, 4, removed, 10)).toEqual([8, 9]);
    expect(seededIndexes(1, 2, removed, 10)).toEqual([4, 5]);
  });
});
