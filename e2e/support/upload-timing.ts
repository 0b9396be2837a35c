import { pollSchedule } from '../../src/lib/partner-center/poll-schedule';

/** The emulator's processing step in the e2e run (playwright.config.ts sets EMULATOR_UPLOAD_STEP_MS). */
export const uploadStepMs = 500;

/**
 * How long the tracker may take to show an upload as finished: the emulator's steps (queued →
 * processing → finished), then the polls of the tracker's own plan until one comes after them,
 * plus one more poll for a slow machine. Derived from the two, not a guess.
 */
export function uploadFinishTimeoutMs(steps = 3): number {
  const processing = steps * uploadStepMs;
  let waited = 0;
  let delay: number = pollSchedule.firstDelayMs;
  while (waited < processing) {
    waited += delay;
    delay = Math.min(delay * pollSchedule.growth, pollSchedule.maxDelayMs);
  }
  return waited + delay + processing;
}
