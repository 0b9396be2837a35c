import { describe, expect, it } from 'vitest';
import { formatDotNetDate, parseDotNetDate } from './dotnet-dates';

describe('formatDotNetDate', () => {
  it('writes the plain form of the docs example', () => {
    expect(formatDotNetDate(Date.UTC(2017, 6, 25, 1, 51), 'plain')).toBe('2017-07-25T01:51:00');
  });

  it('writes seven fractional digits and the offset, in local wall-clock time', () => {
    const instant = Date.parse('2017-08-09T21:43:26.009Z');
    expect(formatDotNetDate(instant, 'offset', -420, 2288)).toBe(
      '2017-08-09T14:43:26.0092288-07:00',
    );
    expect(formatDotNetDate(instant, 'offset', 330, 0)).toBe('2017-08-10T03:13:26.0090000+05:30');
  });
});

describe('parseDotNetDate', () => {
  it('reads both forms, a date without offset as UTC', () => {
    expect(parseDotNetDate('2017-07-25T01:51:00')).toBe(Date.UTC(2017, 6, 25, 1, 51));
    expect(parseDotNetDate('2017-08-09T14:43:26.0092288-07:00')).toBe(
      Date.parse('2017-08-09T21:43:26.009Z'),
    );
  });
});

describe('the UTC form', () => {
  it('writes Z after one to seven fraction digits, as .NET does for a UTC date', () => {
    const instant = Date.parse('2017-08-09T21:43:26.009Z');
    expect(formatDotNetDate(instant, 'utc', 0, 2288)).toBe('2017-08-09T21:43:26.0092288Z');
    expect(formatDotNetDate(instant, 'utc', 0, 2288, 1)).toBe('2017-08-09T21:43:26.0Z');
    expect(formatDotNetDate(instant, 'utc', 0, 2288, 4)).toBe('2017-08-09T21:43:26.0092Z');
    expect(parseDotNetDate('2017-08-09T21:43:26.0092288Z')).toBe(instant);
  });
});
