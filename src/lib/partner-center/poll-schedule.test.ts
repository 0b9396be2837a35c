import { nextPollDelayMs, pollSchedule } from './poll-schedule';

describe('nextPollDelayMs', () => {
  it('polls a young upload every 2 s at first, then less often, never less than once a minute', () => {
    const delays = Array.from({ length: 15 }, (_, index) => nextPollDelayMs(index + 1, 0));
    expect(delays.slice(0, 3)).toEqual([2_000, 3_000, 4_500]);
    for (const [index, delay] of delays.entries()) {
      if (index > 0) expect(delay).toBeGreaterThanOrEqual(delays[index - 1] ?? 0);
    }
    expect(delays.at(-1)).toBe(pollSchedule.maxDelayMs);
  });

  it('asks within a minute even after an hour of answers', () => {
    expect(nextPollDelayMs(1_000, 0)).toBe(60_000);
  });

  it('backs off after failed polls, doubling to a minute, and keeps polling', () => {
    expect([1, 2, 3, 4, 5, 10, 100].map((failures) => nextPollDelayMs(3, failures))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('starts the first poll of a reloaded tracker quickly', () => {
    expect(nextPollDelayMs(0, 0)).toBe(pollSchedule.firstDelayMs);
  });
});
