import { createRetryNotices } from './retry-notices';

describe('retry notices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds a scheduled retry until it is due, telling listeners both times', () => {
    const notices = createRetryNotices();
    const listener = vi.fn();
    notices.subscribe(listener);

    notices.publish({ reason: 'throttled', attempt: 1, delayMs: 5_000, requestId: 'r1' });
    expect(notices.getSnapshot()).toMatchObject({
      reason: 'throttled',
      attempt: 1,
      retryAt: Date.now() + 5_000,
    });
    expect(listener).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(5_000);
    expect(notices.getSnapshot()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the retry due last when several requests wait at once', () => {
    const notices = createRetryNotices();
    notices.publish({ reason: 'throttled', attempt: 1, delayMs: 10_000, requestId: 'r1' });
    notices.publish({ reason: 'server-error', attempt: 1, delayMs: 500, requestId: 'r2' });
    expect(notices.getSnapshot()?.reason).toBe('throttled');
  });
});
