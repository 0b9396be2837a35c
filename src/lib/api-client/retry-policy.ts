import type { PartnerCenterError } from '@/lib/api-client/api-error';

export interface RetryOptions {
  /** Retries after the first attempt, shared by every reason below. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer `Retry-After` is not waited out: the error is thrown with `retryAfterSeconds`. */
  maxRetryAfterSeconds: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterSeconds: 120,
};

export type RetryReason = 'throttled' | 'server-error' | 'network';

/** Sent before each wait so the UI can show "retrying in 12 s". */
export interface RetryScheduledEvent {
  reason: RetryReason;
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  requestId: string;
}

export interface RetryPlan {
  reason: RetryReason;
  delayMs: number;
}

/**
 * Decides whether a failed attempt is repeated, and after how long; undefined means give up.
 * Retried: network failures and timeouts, 5xx except 501 (not implemented is not transient), and
 * 429. Never: other 4xx (401 is handled by the client's token refresh), invalid responses.
 * A `Retry-After` is honoured as sent; without one the delay backs off exponentially.
 */
export function planRetry(
  error: PartnerCenterError,
  retriesDone: number,
  options: RetryOptions,
  random: () => number = Math.random,
): RetryPlan | undefined {
  const reason = retryReason(error);
  if (!reason || retriesDone >= options.maxRetries) return undefined;
  if (error.retryAfterSeconds !== undefined) {
    if (error.retryAfterSeconds > options.maxRetryAfterSeconds) return undefined;
    return { reason, delayMs: error.retryAfterSeconds * 1000 };
  }
  return { reason, delayMs: backoffDelayMs(retriesDone, options, random) };
}

function retryReason(error: PartnerCenterError): RetryReason | undefined {
  if (error.kind === 'network' || error.kind === 'timeout') return 'network';
  if (error.kind !== 'http' || error.status === undefined) return undefined;
  if (error.status === 429) return 'throttled';
  if (error.status >= 500 && error.status !== 501) return 'server-error';
  return undefined;
}

/**
 * Exponential backoff with "equal jitter": half of each step is fixed, half random, so clients
 * that failed together do not all come back at the same moment.
 */
export function backoffDelayMs(
  retriesDone: number,
  { baseDelayMs, maxDelayMs }: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** retriesDone);
  return Math.round(step / 2 + (random() * step) / 2);
}
