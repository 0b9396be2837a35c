import { parsePartnerCenterDate } from '@/lib/partner-center/parse-partner-center-date';

function iso(value: string): string | undefined {
  return parsePartnerCenterDate(value)?.toISOString();
}

describe('parsePartnerCenterDate', () => {
  it('treats a value without an offset as UTC', () => {
    expect(iso('2017-07-25T01:51:00')).toBe('2017-07-25T01:51:00.000Z');
  });

  it('reads 7 fractional digits and a negative offset', () => {
    expect(iso('2017-08-09T14:43:26.0092288-07:00')).toBe('2017-08-09T21:43:26.009Z');
  });

  it('reads a positive offset', () => {
    expect(iso('2020-01-30T09:10:33.2417951+01:00')).toBe('2020-01-30T08:10:33.241Z');
  });

  it.each([
    ['2020-01-30T09:10:33Z', '2020-01-30T09:10:33.000Z'],
    ['2020-01-30T09:10:33.5z', '2020-01-30T09:10:33.500Z'],
    ['2020-01-30T09:10:33+0530', '2020-01-30T03:40:33.000Z'],
    ['2020-01-30T09:10', '2020-01-30T09:10:00.000Z'],
    ['2020-01-30 09:10:33', '2020-01-30T09:10:33.000Z'],
    ['2020-01-30', '2020-01-30T00:00:00.000Z'],
    ['0001-01-01T00:00:00', '0001-01-01T00:00:00.000Z'],
  ])('parses %s', (value, expected) => {
    expect(iso(value)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '2020-02-30T00:00:00',
    '2020-13-01',
    '2020-01-01T24:00:00',
    '2020-01-01T10:00:00+25:00',
  ])('returns null for %j', (value) => {
    expect(parsePartnerCenterDate(value)).toBeNull();
  });
});
