import { formatDateTime } from './format-date-time';

// 25 July 2017, 01:51 in the test run's time zone, so the expectation does not depend on it.
const date = new Date(2017, 6, 25, 1, 51);

describe('formatDateTime', () => {
  it('writes the date and time exactly and briefly, in the user’s language', () => {
    expect(formatDateTime(date, 'en-US')).toBe('Jul 25, 2017, 1:51 AM');
    expect(formatDateTime(date, 'nl-NL')).toBe('25 jul 2017, 01:51');
  });
});
