import { formatExactTime, formatRelativeTime } from './format-relative-time';

const now = new Date('2026-11-25T12:00:00Z');

describe('formatRelativeTime', () => {
  it('uses the largest unit that fits, in the given language', () => {
    expect(formatRelativeTime(new Date('2026-11-22T12:00:00Z'), now, 'en-US')).toBe('3 days ago');
    expect(formatRelativeTime(new Date('2026-11-22T12:00:00Z'), now, 'nl-NL')).toBe(
      '3 dagen geleden',
    );
    expect(formatRelativeTime(new Date('2026-11-25T11:58:00Z'), now, 'en-US')).toBe(
      '2 minutes ago',
    );
    expect(formatRelativeTime(new Date('2017-07-25T01:51:00Z'), now, 'en-US')).toBe('9 years ago');
  });

  it('says "now" for the present moment', () => {
    expect(formatRelativeTime(now, now, 'en-US')).toBe('now');
  });
});

describe('formatExactTime', () => {
  it('gives date and time in the language asked for', () => {
    expect(formatExactTime(new Date('2017-07-25T01:51:00Z'), 'en-US')).toMatch(/July 25, 2017/);
    expect(formatExactTime(new Date('2017-07-25T01:51:00Z'), 'nl-NL')).toMatch(/25 juli 2017/);
  });
});
