import { statusKeyOf, statusOfKey, statusRank } from './batch-status-buckets';

describe('statusKeyOf', () => {
  it.each([
    ['queued', 'queued'],
    ['Processing', 'processing'],
    [' finished ', 'finished'],
    ['finished', 'finished'],
    ['finished_with_errors', 'finished_with_errors'],
    [undefined, 'unknown'],
    ['  ', 'unknown'],
    ['Unknown', 'unknown'],
    ['archived', 'archived'],
  ])('puts status %j in bucket %s', (status, key) => {
    expect(statusKeyOf(status)).toBe(key);
  });
});

describe('statusOfKey', () => {
  it('gives the badge no status for the unknown bucket, and the key otherwise', () => {
    expect(statusOfKey('unknown')).toBeUndefined();
    expect(statusOfKey('archived')).toBe('archived');
    expect(statusOfKey('queued')).toBe('queued');
  });
});

describe('statusRank', () => {
  it('orders the life cycle, then unrecognised statuses, then unknown', () => {
    const keys = [
      'unknown',
      'archived',
      'finished_with_errors',
      'finished',
      'processing',
      'queued',
    ];
    expect([...keys].sort((a, b) => statusRank(a) - statusRank(b))).toEqual([
      'queued',
      'processing',
      'finished',
      'finished_with_errors',
      'archived',
      'unknown',
    ]);
  });
});
