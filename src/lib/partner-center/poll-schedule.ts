/**
 * How often a tracker (an upload's, a profile assignment's) asks `batchJobStatus` again. Partner Center documents no polling
 * interval; its PowerShell module polls every 5 s. Processing usually takes seconds to a few
 * minutes, so the tracker starts quicker than that (2 s, so a small upload shows "finished" almost
 * at once) and slows down as an upload runs long, to at most once a minute: a tab left open
 * overnight on a stuck upload sends 60 requests an hour, not 1,800.
 *
 * After a failed poll (a 500, a lost connection) it backs off further, but never stops: an
 * upload is never given up silently. The tracker shows the failure, with its ids and a "check
 * now" button, while it keeps trying on this schedule.
 */
export const pollSchedule = {
  /** The first polls, while an upload is young. */
  firstDelayMs: 2_000,
  /** Each later poll waits this much longer than the one before… */
  growth: 1.5,
  /** …up to this. */
  maxDelayMs: 60_000,
  /** The first wait after a failed poll; doubles with each failure in a row, up to `maxDelayMs`. */
  firstFailureDelayMs: 5_000,
} as const;

/**
 * The wait before the next poll, given how many polls have answered so far and how many of the
 * latest failed in a row.
 */
export function nextPollDelayMs(answeredPolls: number, failuresInARow: number): number {
  if (failuresInARow > 0) {
    return Math.min(
      pollSchedule.firstFailureDelayMs * 2 ** (failuresInARow - 1),
      pollSchedule.maxDelayMs,
    );
  }
  const grown = pollSchedule.firstDelayMs * pollSchedule.growth ** Math.max(0, answeredPolls - 1);
  return Math.min(Math.round(grown), pollSchedule.maxDelayMs);
}
