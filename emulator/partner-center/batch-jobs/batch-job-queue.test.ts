import { beforeEach, describe, expect, it } from 'vitest';
import { createBatchJobQueue, type BatchJobQueue } from './batch-job-queue';

const step = 1000;
const start = Date.UTC(2025, 5, 2, 8, 0, 0);
let time: number;
let jobs: BatchJobQueue;
beforeEach(() => {
  time = start;
  jobs = createBatchJobQueue({ stepMs: step, now: () => time });
});

const customer = '47021739-3426-40bf-9601-61b4b6d7c793';
const other = '280c9300-eebd-410e-920b-e4d41673bdb1';

describe('the batch job queue', () => {
  it('runs a job once, when it is due, and reports its devices as the run left them', () => {
    let runs = 0;
    const trackingId = jobs.enqueue(customer, [{ deviceId: 'a' }, { deviceId: 'b' }], () => {
      runs += 1;
      return [
        { deviceId: 'a' },
        { deviceId: 'b', error: { errorCode: 'E', errorDescription: 'E' } },
      ];
    });
    expect(jobs.snapshot(customer, trackingId)).toEqual({
      trackingId,
      status: 'queued',
      startedAt: start,
      devices: [{ deviceId: 'a' }, { deviceId: 'b' }],
    });
    time += step;
    expect(jobs.snapshot(customer, trackingId.toUpperCase())?.status).toBe('processing');
    time += step;
    expect(jobs.snapshot(customer, trackingId)).toMatchObject({
      status: 'finished_with_errors',
      completedAt: start + 2 * step,
    });
    jobs.settle();
    expect(runs).toBe(1);
  });

  it('runs due jobs oldest first, each to its end before the next, even when a run settles again', () => {
    const order: string[] = [];
    const job = (name: string) => () => {
      order.push(`${name} starts`);
      jobs.settle();
      order.push(`${name} ends`);
      return [];
    };
    jobs.enqueue(customer, [], job('first'));
    time += 1;
    jobs.enqueue(other, [], job('second'));
    time += 2 * step;
    jobs.settle();
    expect(order).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('knows a tracking id only for its customer, and forgets one customer’s jobs or all', () => {
    const mine = jobs.enqueue(customer, [], () => []);
    const theirs = jobs.enqueue(other, [], () => {
      throw new Error('a forgotten job never runs');
    });
    expect(jobs.snapshot(other, mine)).toBeUndefined();
    expect(jobs.forget(other)).toBe(1);
    time += 2 * step;
    expect(jobs.snapshot(other, theirs)).toBeUndefined();
    expect(jobs.snapshot(customer, mine)?.status).toBe('finished');
    expect(jobs.forget()).toBe(1);
    expect(jobs.snapshot(customer, mine)).toBeUndefined();
  });
});
