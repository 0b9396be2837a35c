import { filterChoices, filterDevices } from './filter-devices';
import { aRow } from './testing/device-rows';

const rows = [
  aRow('1', {
    serialNumber: 'PF3ABC12',
    modelName: 'ThinkPad T14',
    oemManufacturerName: 'Lenovo',
    profile: 'Kiosk',
  }),
  aRow('2', {
    serialNumber: '5CG1234XYZ',
    productKey: '3280219463321',
    modelName: 'EliteBook 840',
    oemManufacturerName: 'HP',
    profile: 'Standard',
  }),
  aRow('3', {
    serialNumber: 'HX7Q2K1',
    modelName: 'Latitude 5440',
    oemManufacturerName: 'Dell Inc.',
  }),
  aRow('4', {
    serialNumber: undefined,
    modelName: '<img src=x onerror=alert(1)>',
    oemManufacturerName: 'Dell Inc.',
    profile: 'Kiosk',
  }),
];
const none = { search: '', model: null, manufacturer: null, profile: null };
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('filterDevices', () => {
  it('returns the very same list when nothing narrows it', () => {
    expect(filterDevices(rows, none)).toBe(rows);
    expect(filterDevices(rows, { ...none, search: '   ' })).toBe(rows);
  });

  it('searches serial number, product key and model, ignoring case and surrounding spaces', () => {
    expect(ids(filterDevices(rows, { ...none, search: ' pf3abc ' }))).toEqual(['1']);
    expect(ids(filterDevices(rows, { ...none, search: '0219463' }))).toEqual(['2']);
    expect(ids(filterDevices(rows, { ...none, search: 'elitebook' }))).toEqual(['2']);
    expect(ids(filterDevices(rows, { ...none, search: '<img' }))).toEqual(['4']);
  });

  it('does not search other fields', () => {
    expect(filterDevices(rows, { ...none, search: 'Lenovo' })).toEqual([]);
    expect(filterDevices(rows, { ...none, search: 'Kiosk' })).toEqual([]);
  });

  it('filters by model, manufacturer and profile, all together', () => {
    expect(ids(filterDevices(rows, { ...none, manufacturer: 'Dell Inc.' }))).toEqual(['3', '4']);
    expect(ids(filterDevices(rows, { ...none, model: 'ThinkPad T14' }))).toEqual(['1']);
    const kiosk = { kind: 'named', name: 'Kiosk' } as const;
    expect(ids(filterDevices(rows, { ...none, profile: kiosk }))).toEqual(['1', '4']);
    expect(ids(filterDevices(rows, { ...none, profile: { kind: 'none' } }))).toEqual(['3']);
    expect(
      ids(
        filterDevices(rows, { ...none, profile: kiosk, manufacturer: 'Dell Inc.', search: 'img' }),
      ),
    ).toEqual(['4']);
  });
});

describe('filterChoices', () => {
  it('offers each model, manufacturer and profile once, sorted, and says if some have no profile', () => {
    expect(filterChoices(rows, 'en-US')).toEqual({
      models: ['<img src=x onerror=alert(1)>', 'EliteBook 840', 'Latitude 5440', 'ThinkPad T14'],
      manufacturers: ['Dell Inc.', 'HP', 'Lenovo'],
      profiles: ['Kiosk', 'Standard'],
      someWithoutProfile: true,
    });
  });

  it('does not offer "no profile" when every device has one', () => {
    expect(filterChoices(rows.slice(0, 2), 'en-US').someWithoutProfile).toBe(false);
  });
});
