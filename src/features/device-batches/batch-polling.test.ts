import { pollInterval, pollIntervalMs } from './batch-polling';

describe('pollInterval', () => {
  it('polls every 30 seconds while any batch is queued or processing', () => {
    expect(pollIntervalMs).toBe(30_000);
    expect(pollInterval([{ status: 'finished' }, { status: 'queued' }])).toBe(30_000);
    expect(pollInterval([{ status: 'Processing' }])).toBe(30_000);
  });

  it('stops once every batch has settled, whatever its status says', () => {
    expect(
      pollInterval([
        { status: 'finished' },
        { status: 'finished_with_errors' },
        { status: 'archived' },
        {},
      ]),
    ).toBe(false);
  });

  it('does not poll without batches or before the first answer', () => {
    expect(pollInterval([])).toBe(false);
    expect(pollInterval(undefined)).toBe(false);
  });
});
