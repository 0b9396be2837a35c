import {
  isNarrowed,
  nextSort,
  readDevicesViewParams,
  writeDevicesViewParams,
} from './devices-view-params';

const read = (query: string) => readDevicesViewParams(new URLSearchParams(query));

describe('readDevicesViewParams', () => {
  it('reads search, filters and sort from the URL', () => {
    expect(
      read('q=5CG&model=Latitude+5440&manufacturer=Dell&profile=Kiosk&sort=uploadedAt&order=desc'),
    ).toEqual({
      search: '5CG',
      model: 'Latitude 5440',
      manufacturer: 'Dell',
      profile: { kind: 'named', name: 'Kiosk' },
      sort: { column: 'uploadedAt', direction: 'desc' },
    });
  });

  it('has no search, filter or sort when the URL has none', () => {
    expect(read('')).toEqual({
      search: '',
      model: null,
      manufacturer: null,
      profile: null,
      sort: null,
    });
  });

  it('is lenient: unknown sort columns and blank values are ignored, odd orders are ascending', () => {
    expect(read('sort=hardwareHash&model=%20&manufacturer=').sort).toBeNull();
    expect(read('model=%20').model).toBeNull();
    expect(read('sort=modelName&order=sideways').sort).toEqual({
      column: 'modelName',
      direction: 'asc',
    });
  });

  it('reads "devices without a profile" from noProfile, whatever its value', () => {
    expect(read('noProfile').profile).toEqual({ kind: 'none' });
    expect(read('noProfile=true&profile=Kiosk').profile).toEqual({ kind: 'none' });
  });
});

describe('writeDevicesViewParams', () => {
  it('writes changes, drops cleared values and keeps parameters it does not own', () => {
    const current = new URLSearchParams('presenter=on&q=old&model=Latitude');
    const next = writeDevicesViewParams(current, {
      search: 'PF3',
      model: null,
      profile: { kind: 'none' },
      sort: { column: 'serialNumber', direction: 'asc' },
    });
    expect(next.toString()).toBe('presenter=on&q=PF3&noProfile=true&sort=serialNumber');
    expect(current.toString()).toBe('presenter=on&q=old&model=Latitude');
  });

  it('round-trips through the URL', () => {
    const params = {
      search: 'a&b=c',
      model: 'Surface Laptop 5',
      manufacturer: 'Microsoft Corporation',
      profile: { kind: 'named', name: 'Kiosk – Reception' },
      sort: { column: 'profile', direction: 'desc' },
    } as const;
    const url = writeDevicesViewParams(new URLSearchParams(), params).toString();
    expect(read(url)).toEqual(params);
  });
});

describe('isNarrowed', () => {
  it('is true for a search or a filter, not for a sort alone', () => {
    expect(isNarrowed(read('sort=modelName'))).toBe(false);
    expect(isNarrowed(read('q=%20'))).toBe(false);
    expect(isNarrowed(read('q=x'))).toBe(true);
    expect(isNarrowed(read('noProfile=true'))).toBe(true);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending, then descending, then not at all', () => {
    const ascending = nextSort(null, 'modelName');
    expect(ascending).toEqual({ column: 'modelName', direction: 'asc' });
    const descending = nextSort(ascending, 'modelName');
    expect(descending).toEqual({ column: 'modelName', direction: 'desc' });
    expect(nextSort(descending, 'modelName')).toBeNull();
    expect(nextSort(descending, 'serialNumber')).toEqual({
      column: 'serialNumber',
      direction: 'asc',
    });
  });
});
