import { backoffDelayMs, defaultRetryOptions } from '../../src/lib/api-client/retry-policy';

/** The client's attempts at one idempotent request: the first and each retry. */
export const attemptsPerRequest = defaultRetryOptions.maxRetries + 1;

/**
 * The longest the client's retry plan waits between the attempts at one idempotent request before
 * it gives up: each backoff at its largest jitter. A wait for "retried, then reported" is this plus
 * the usual wait for what the page shows next.
 */
export const longestRetryBackoffMs = Array.from(
  { length: defaultRetryOptions.maxRetries },
  (_, done) => backoffDelayMs(done, defaultRetryOptions, () => 1),
).reduce((sum, delay) => sum + delay, 0);
