import type { BatchJobStatus } from '@/lib/partner-center/batch-job-status-schema';
import { nextPoll, type PollState } from './batch-job-status-query';
import { pollSchedule } from './poll-schedule';

const status = (value: string): BatchJobStatus => ({
  batchTrackingId: 't1',
  status: value,
  devicesStatus: [],
});

const state = (overrides: Partial<PollState>): PollState => ({
  data: undefined,
  dataUpdateCount: 0,
  errorUpdateCount: 0,
  dataUpdatedAt: 0,
  errorUpdatedAt: 0,
  ...overrides,
});

describe('nextPoll', () => {
  it('keeps polling a queued or processing upload, soon at first', () => {
    expect(nextPoll(state({ data: status('queued'), dataUpdateCount: 1, dataUpdatedAt: 1 }))).toBe(
      pollSchedule.firstDelayMs,
    );
    expect(
      nextPoll(state({ data: status('Processing'), dataUpdateCount: 2, dataUpdatedAt: 2 })),
    ).toBeGreaterThan(pollSchedule.firstDelayMs);
  });

  it('stops once the upload has finished, with or without errors', () => {
    expect(nextPoll(state({ data: status('finished'), dataUpdateCount: 4 }))).toBe(false);
    expect(nextPoll(state({ data: status('finished_with_errors'), dataUpdateCount: 4 }))).toBe(
      false,
    );
  });

  it('never gives up after failed polls: it backs off and asks again', () => {
    const failing = state({
      data: status('processing'),
      dataUpdateCount: 3,
      dataUpdatedAt: 100,
      errorUpdateCount: 12,
      errorUpdatedAt: 200,
    });
    expect(nextPoll(failing)).toBe(pollSchedule.maxDelayMs);
    expect(nextPoll(state({ errorUpdateCount: 1, errorUpdatedAt: 1 }))).toBe(
      pollSchedule.firstFailureDelayMs,
    );
  });

  it('goes back to the normal schedule once a poll answers again', () => {
    const recovered = state({
      data: status('processing'),
      dataUpdateCount: 1,
      dataUpdatedAt: 300,
      errorUpdateCount: 5,
      errorUpdatedAt: 200,
    });
    expect(nextPoll(recovered)).toBe(pollSchedule.firstDelayMs);
  });
});
