/**
 * The polling customer's batches start queued/processing and finish after a number of polls of
 * its batch list, or a number of seconds after the first poll, so a dashboard's polling can be
 * seen to stop. Counting requests is deterministic; tests reset it between runs.
 */
export type PollingCompletion = { readonly requests: number } | { readonly seconds: number };

export const defaultPollingCompletion: PollingCompletion = { requests: 3 };

/** 0: initial statuses, 1: half-way, 2: finished (an index into a batch's `statusProgression`). */
export type PollingStage = 0 | 1 | 2;

export interface PollingProgress {
  /** Counts one poll and returns the stage the batches are in for that response. */
  recordPoll(): PollingStage;
  reset(): void;
}

export function createPollingProgress(
  completion: PollingCompletion,
  now: () => number = Date.now,
): PollingProgress {
  let polls = 0;
  let firstPollAt: number | undefined;

  const stageOf = (done: number, total: number): PollingStage =>
    done >= total ? 2 : done >= total / 2 ? 1 : 0;

  return {
    recordPoll() {
      polls += 1;
      firstPollAt ??= now();
      return 'requests' in completion
        ? stageOf(polls - 1, completion.requests)
        : stageOf((now() - firstPollAt) / 1000, completion.seconds);
    },
    reset() {
      polls = 0;
      firstPollAt = undefined;
    },
  };
}
