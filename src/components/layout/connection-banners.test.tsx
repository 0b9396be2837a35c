import { act, screen } from '@testing-library/react';
import { createRetryNotices } from '@/lib/api-client/retry-notices';
import { renderWithProviders } from '@/testing/render-app';
import { ConnectionBanners } from './connection-banners';

describe('ConnectionBanners', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down to a throttled retry, then goes away', () => {
    vi.useFakeTimers();
    const notices = createRetryNotices();
    renderWithProviders(<ConnectionBanners notices={notices} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    act(() => {
      notices.publish({ reason: 'throttled', attempt: 1, delayMs: 3_000, requestId: 'r' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Partner Center is busy');
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 3 seconds…');

    act(() => {
      vi.advanceTimersByTime(2_100);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 1 second…');

    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when the browser is offline, and clears itself when it is back', () => {
    renderWithProviders(<ConnectionBanners notices={createRetryNotices()} />);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');

    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
