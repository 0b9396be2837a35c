import { PartnerCenterError, type PartnerCenterErrorKind } from '@/lib/api-client/api-error';
import { backoffDelayMs, defaultRetryOptions, planRetry } from '@/lib/api-client/retry-policy';

function failure(kind: PartnerCenterErrorKind, status?: number, retryAfterSeconds?: number) {
  return new PartnerCenterError({
    kind,
    status,
    retryAfterSeconds,
    url: 'u',
    requestId: 'r',
    correlationId: 'c',
  });
}

describe('planRetry', () => {
  it.each([
    [failure('network'), 'network'],
    [failure('timeout'), 'network'],
    [failure('http', 500), 'server-error'],
    [failure('http', 503), 'server-error'],
    [failure('http', 429), 'throttled'],
  ])('retries %o as %s', (error, reason) => {
    expect(planRetry(error, 0, defaultRetryOptions)?.reason).toBe(reason);
  });

  it.each([
    failure('http', 400),
    failure('http', 401),
    failure('http', 404),
    failure('http', 501),
    failure('invalid-response'),
    failure('aborted'),
    failure('foreign-link'),
  ])('does not retry %o', (error) => {
    expect(planRetry(error, 0, defaultRetryOptions)).toBeUndefined();
  });

  it('stops after maxRetries', () => {
    expect(planRetry(failure('network'), 2, defaultRetryOptions)).toBeDefined();
    expect(planRetry(failure('network'), 3, defaultRetryOptions)).toBeUndefined();
  });

  it('waits Retry-After exactly, up to the cap', () => {
    expect(planRetry(failure('http', 429, 57), 0, defaultRetryOptions)).toEqual({
      reason: 'throttled',
      delayMs: 57_000,
    });
    expect(planRetry(failure('http', 429, 121), 0, defaultRetryOptions)).toBeUndefined();
  });
});

describe('backoffDelayMs', () => {
  const options = { baseDelayMs: 500, maxDelayMs: 3000 };

  it('doubles each step, with jitter over the upper half', () => {
    expect([0, 1, 2].map((n) => backoffDelayMs(n, options, () => 0))).toEqual([250, 500, 1000]);
    expect([0, 1, 2].map((n) => backoffDelayMs(n, options, () => 1))).toEqual([500, 1000, 2000]);
  });

  it('never exceeds maxDelayMs', () => {
    expect(backoffDelayMs(10, options, () => 1)).toBe(3000);
  });
});
