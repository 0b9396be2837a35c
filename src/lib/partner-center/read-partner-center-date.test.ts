import { readPartnerCenterDate, sortableTime } from './read-partner-center-date';

describe('readPartnerCenterDate', () => {
  it.each([undefined, null, '', '   '])('reads %j as not given', (value) => {
    expect(readPartnerCenterDate(value)).toEqual({ kind: 'not-given' });
  });

  it.each([
    '0001-01-01T00:00:00',
    '0001-01-01T00:00:00.0000000',
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:00:00+00:00',
    '0001-01-01',
  ])('reads .NET’s default %j as not set, never as the year 1', (value) => {
    expect(readPartnerCenterDate(value)).toEqual({ kind: 'not-set' });
  });

  it('reads a date without an offset as UTC, and says no zone was given', () => {
    const date = readPartnerCenterDate('2017-07-25T01:51:00');
    expect(date).toEqual({
      kind: 'date',
      date: new Date('2017-07-25T01:51:00Z'),
      zoneGiven: false,
    });
  });

  it.each(['2017-07-25T01:51:00Z', '2017-08-09T14:43:26.0092288-07:00'])(
    'reads %j with its zone',
    (value) => {
      expect(readPartnerCenterDate(value)).toMatchObject({ kind: 'date', zoneGiven: true });
    },
  );

  it('keeps text that is no date, to show as it came', () => {
    expect(readPartnerCenterDate('next Tuesday')).toEqual({
      kind: 'unreadable',
      text: 'next Tuesday',
    });
  });
});

describe('sortableTime', () => {
  it('gives a time only for a real date', () => {
    expect(sortableTime(readPartnerCenterDate('1970-01-01T00:00:01Z'))).toBe(1000);
    expect(sortableTime(readPartnerCenterDate('0001-01-01T00:00:00'))).toBeUndefined();
    expect(sortableTime(readPartnerCenterDate(undefined))).toBeUndefined();
    expect(sortableTime(readPartnerCenterDate('soon'))).toBeUndefined();
  });
});
