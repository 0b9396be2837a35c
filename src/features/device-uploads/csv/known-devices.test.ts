import {
  knownDevicesFrom,
  normaliseHardwareHash,
  normaliseProductKey,
  normaliseSerialNumber,
} from './known-devices';

describe('knownDevicesFrom', () => {
  it('collects serial numbers, hashes and product IDs, normalised, skipping empty ones', () => {
    const known = knownDevicesFrom([
      { serialNumber: ' 5cg1234xyz ', hardwareHash: 'T0Gr AgEA\nHAAA', productKey: null },
      { serialNumber: '', hardwareHash: undefined, productKey: '00329-00000-0003-aa6069' },
      {},
    ]);
    expect([...known.serialNumbers]).toEqual(['5CG1234XYZ']);
    expect([...known.hardwareHashes]).toEqual(['T0GrAgEAHAAA']);
    expect([...known.productKeys]).toEqual(['00329-00000-0003-AA6069']);
  });
});

describe('normalisation', () => {
  it('matches serial numbers and product IDs regardless of case, hashes only without spaces', () => {
    expect(normaliseSerialNumber(' hx7q2k1')).toBe(normaliseSerialNumber('HX7Q2K1 '));
    expect(normaliseProductKey('00329-00000-0003-aa6069')).toBe('00329-00000-0003-AA6069');
    expect(normaliseHardwareHash('T0Gr')).not.toBe(normaliseHardwareHash('t0gr'));
  });
});
