import { describe, expect, it } from 'vitest';
import { createPollingProgress } from './polling-progress';

describe('createPollingProgress counting seconds', () => {
  it('is half-way after half the time and finished after all of it, counted from the first poll', () => {
    let now = 10_000;
    const progress = createPollingProgress({ seconds: 30 }, () => now);
    expect(progress.recordPoll()).toBe(0);
    now += 15_000;
    expect(progress.recordPoll()).toBe(1);
    now += 15_000;
    expect(progress.recordPoll()).toBe(2);
    progress.reset();
    expect(progress.recordPoll()).toBe(0);
  });
});

describe('createPollingProgress counting requests', () => {
  it('finishes on the poll after the configured number', () => {
    const progress = createPollingProgress({ requests: 2 });
    expect([progress.recordPoll(), progress.recordPoll(), progress.recordPoll()]).toEqual([
      0, 1, 2,
    ]);
  });
});
