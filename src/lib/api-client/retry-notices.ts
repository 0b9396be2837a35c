import type { RetryReason, RetryScheduledEvent } from './retry-policy';

export interface RetryNotice {
  readonly reason: RetryReason;
  /** When the retry is due, in epoch milliseconds. */
  readonly retryAt: number;
  readonly attempt: number;
}

/**
 * The retries the API client is waiting on, for the banner that counts down to them. A retry is
 * forgotten once it is due: the request is then under way again.
 */
export interface RetryNotices {
  readonly publish: (event: RetryScheduledEvent) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** The notice due last, or null when nothing is waiting. Stable between changes. */
  readonly getSnapshot: () => RetryNotice | null;
}

export function createRetryNotices(now: () => number = Date.now): RetryNotices {
  const listeners = new Set<() => void>();
  let current: RetryNotice | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => {
    for (const listener of listeners) listener();
  };

  return {
    publish: (event) => {
      const retryAt = now() + event.delayMs;
      if (current && current.retryAt > retryAt) return;
      current = { reason: event.reason, retryAt, attempt: event.attempt };
      clearTimeout(timer);
      timer = setTimeout(() => {
        current = null;
        notify();
      }, event.delayMs);
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => current,
  };
}

/** The app's one instance, fed by the API client and read by the banner. */
export const retryNotices = createRetryNotices();
