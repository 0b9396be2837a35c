import { sortDevices } from './sort-devices';
import { aRow } from './testing/device-rows';

const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('sortDevices', () => {
  const rows = [
    aRow('a', { serialNumber: 'Lab 10', uploadedDate: '2024-01-15T06:30:00+01:00' }),
    aRow('b', { serialNumber: 'lab 9', uploadedDate: '2024-01-15T06:29:00' }),
    aRow('c', { serialNumber: undefined, uploadedDate: undefined }),
    aRow('d', { serialNumber: 'Ölçü 1', uploadedDate: '2023-12-31T23:59:59.9999999-07:00' }),
  ];

  it('keeps the order Partner Center sent when no sort is chosen', () => {
    expect(sortDevices(rows, null, 'en-US')).toBe(rows);
  });

  it('sorts text as people read it, numbers in order, case and accents ignored', () => {
    const sorted = sortDevices(rows, { column: 'serialNumber', direction: 'asc' }, 'en-US');
    expect(ids(sorted)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('puts devices without a value last in both directions', () => {
    const sorted = sortDevices(rows, { column: 'serialNumber', direction: 'desc' }, 'en-US');
    expect(ids(sorted)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts upload dates as moments in time, whatever offset they were written with', () => {
    // a: 05:30 UTC; b: 06:29 UTC (no offset means UTC); d: 2024-01-01 06:59 UTC
    const sorted = sortDevices(rows, { column: 'uploadedAt', direction: 'asc' }, 'en-US');
    expect(ids(sorted)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('puts a date that is not set (.NET’s default) or unreadable last in both directions', () => {
    const dated = [
      aRow('not-set', { uploadedDate: '0001-01-01T00:00:00' }),
      aRow('late', { uploadedDate: '2024-01-01T00:00:00Z' }),
      aRow('unreadable', { uploadedDate: 'soon' }),
      aRow('early', { uploadedDate: '2020-01-01T00:00:00Z' }),
    ];
    const sorted = (direction: 'asc' | 'desc') =>
      ids(sortDevices(dated, { column: 'uploadedAt', direction }, 'en-US'));
    expect(sorted('asc')).toEqual(['early', 'late', 'not-set', 'unreadable']);
    expect(sorted('desc')).toEqual(['late', 'early', 'not-set', 'unreadable']);
  });

  it('keeps equal rows in their original order', () => {
    const same = [aRow('x', { profile: 'Kiosk' }), aRow('y', { profile: 'Kiosk' })];
    expect(ids(sortDevices(same, { column: 'profile', direction: 'desc' }, 'en-US'))).toEqual([
      'x',
      'y',
    ]);
  });
});
