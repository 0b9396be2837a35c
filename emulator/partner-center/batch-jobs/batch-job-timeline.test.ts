import { describe, expect, it } from 'vitest';
import { jobCompletesAt, jobStageAt } from './batch-job-timeline';

describe('jobStageAt', () => {
  it('is queued for one step, processing for the next, then finished', () => {
    const stages = [0, 999, 1000, 1999, 2000, 60_000].map((elapsed) =>
      jobStageAt(10_000, 10_000 + elapsed, 1000),
    );
    expect(stages).toEqual([
      'queued',
      'queued',
      'processing',
      'processing',
      'finished',
      'finished',
    ]);
    expect(jobCompletesAt(10_000, 1000)).toBe(12_000);
  });

  it('is finished at once with a step of 0', () => {
    expect(jobStageAt(10_000, 10_000, 0)).toBe('finished');
  });
});
