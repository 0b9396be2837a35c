import { minimumHardwareHashBytes } from './check-hardware-hash';
import { knownDevicesFrom, noKnownDevices } from './known-devices';
import type { CsvDeviceRow } from './parse-autopilot-csv';
import { validateDeviceRows } from './validate-device-rows';

/** A 4K-size hash, different for each seed. */
function hashFor(seed: number): string {
  return btoa(`OA${String(seed).padStart(6, '0')}${'\u00A5'.repeat(1_200)}`);
}

function row(line: number, cells: Partial<Omit<CsvDeviceRow, 'line'>> = {}): CsvDeviceRow {
  return {
    line,
    serialNumber: '',
    productKey: '',
    hardwareHash: '',
    oemManufacturerName: '',
    modelName: '',
    ...cells,
  };
}

const none = { knownDevices: noKnownDevices };

describe('validateDeviceRows', () => {
  it('sends each documented way of identifying a device, leaving out empty fields', () => {
    const hash = hashFor(1);
    const result = validateDeviceRows(
      [
        row(2, { hardwareHash: hash }),
        row(3, {
          hardwareHash: hashFor(2),
          serialNumber: 'A3',
          productKey: '00329-00000-0003-AA6069',
        }),
        row(4, { productKey: '00329-00000-0003-AA6070' }),
        row(5, {
          serialNumber: 'A5',
          oemManufacturerName: 'Dell Inc.',
          modelName: 'Latitude 5440',
        }),
        row(6, {
          hardwareHash: hashFor(3),
          serialNumber: 'A6',
          oemManufacturerName: 'HP',
          modelName: 'EliteBook 840',
        }),
      ],
      none,
    );
    expect(result.invalid).toEqual([]);
    expect(result.valid).toEqual([
      { line: 2, device: { hardwareHash: hash } },
      {
        line: 3,
        device: {
          hardwareHash: hashFor(2),
          serialNumber: 'A3',
          productKey: '00329-00000-0003-AA6069',
        },
      },
      { line: 4, device: { productKey: '00329-00000-0003-AA6070' } },
      {
        line: 5,
        device: {
          serialNumber: 'A5',
          oemManufacturerName: 'Dell Inc.',
          modelName: 'Latitude 5440',
        },
      },
      {
        line: 6,
        device: {
          hardwareHash: hashFor(3),
          serialNumber: 'A6',
          oemManufacturerName: 'HP',
          modelName: 'EliteBook 840',
        },
      },
    ]);
    expect(Object.keys(result.valid[0]?.device ?? {})).toEqual(['hardwareHash']);
  });

  it('leaves out a row that names no device, or only part of the manufacturer + model + serial tuple', () => {
    const blankRow = row(2, { serialNumber: 'A2' });
    const result = validateDeviceRows(
      [
        blankRow,
        row(3, { oemManufacturerName: 'Dell Inc.' }),
        row(4, { serialNumber: 'A4', oemManufacturerName: 'Dell Inc.' }),
        row(5, { serialNumber: 'A5', modelName: 'Latitude 5440' }),
        row(6, { oemManufacturerName: 'Dell Inc.', modelName: 'Latitude 5440' }),
      ],
      none,
    );
    expect(result.valid).toEqual([]);
    expect(result.invalid).toEqual([
      { line: 2, row: blankRow, problems: [{ code: 'no-identifier' }] },
      expect.objectContaining({ line: 3, problems: [{ code: 'no-identifier' }] }),
      expect.objectContaining({
        line: 4,
        problems: [{ code: 'incomplete-tuple', missing: 'modelName' }],
      }),
      expect.objectContaining({
        line: 5,
        problems: [{ code: 'incomplete-tuple', missing: 'oemManufacturerName' }],
      }),
      expect.objectContaining({
        line: 6,
        problems: [{ code: 'incomplete-tuple', missing: 'serialNumber' }],
      }),
    ]);
  });

  it('leaves out a row whose hash is damaged or too short, even with another identifier', () => {
    const result = validateDeviceRows(
      [
        row(2, { hardwareHash: `${hashFor(1).slice(0, 500)} ${hashFor(1).slice(501)}` }),
        row(3, { hardwareHash: btoa('\u00A5'.repeat(128)), productKey: '00329-00000-0003-AA6069' }),
      ],
      none,
    );
    expect(result.valid).toEqual([]);
    expect(result.invalid.map(({ line, problems }) => ({ line, problems }))).toEqual([
      { line: 2, problems: [{ code: 'hash-not-base64', reason: 'characters' }] },
      {
        line: 3,
        problems: [
          { code: 'hash-implausible', bytes: 128, minimumBytes: minimumHardwareHashBytes },
        ],
      },
    ]);
  });

  it('sends a device once, pointing later copies at the line of the first', () => {
    const tuple = { oemManufacturerName: 'Dell Inc.', modelName: 'Latitude 5440' };
    const result = validateDeviceRows(
      [
        row(2, { hardwareHash: hashFor(1) }),
        row(3, { serialNumber: 'A3', ...tuple }),
        row(4, { productKey: '00329-00000-0003-AA6069' }),
        row(5, { hardwareHash: hashFor(1), serialNumber: 'B5' }),
        row(6, { serialNumber: 'a3 ', ...tuple }),
        row(7, { productKey: '00329-00000-0003-aa6069' }),
        // The same serial number from another manufacturer is another device.
        row(8, { serialNumber: 'A3', oemManufacturerName: 'HP', modelName: 'EliteBook 840' }),
      ],
      none,
    );
    expect(result.valid.map(({ line }) => line)).toEqual([2, 3, 4, 8]);
    expect(result.invalid.map(({ line, problems }) => ({ line, problems }))).toEqual([
      { line: 5, problems: [{ code: 'duplicate-in-file', by: 'hardwareHash', line: 2 }] },
      { line: 6, problems: [{ code: 'duplicate-in-file', by: 'serialNumber', line: 3 }] },
      { line: 7, problems: [{ code: 'duplicate-in-file', by: 'productKey', line: 4 }] },
    ]);
  });

  it('catches one device collected twice in an Intune file: same serial, new hash', () => {
    const result = validateDeviceRows(
      [
        row(2, { serialNumber: 'A2', hardwareHash: hashFor(1) }),
        row(3, { serialNumber: 'A2', hardwareHash: hashFor(2) }),
      ],
      none,
    );
    expect(result.invalid).toEqual([
      expect.objectContaining({
        line: 3,
        problems: [{ code: 'duplicate-in-file', by: 'serialNumber', line: 2 }],
      }),
    ]);
  });

  it('sends a later copy when the first copy is itself left out', () => {
    const result = validateDeviceRows(
      [
        row(2, { serialNumber: 'A2', hardwareHash: 'not a hash' }),
        row(3, { serialNumber: 'A2', hardwareHash: hashFor(1) }),
      ],
      none,
    );
    expect(result.valid.map(({ line }) => line)).toEqual([3]);
  });

  it('leaves out devices the customer already has, by hash, serial number or product ID', () => {
    const knownDevices = knownDevicesFrom([
      { hardwareHash: hashFor(1) },
      { serialNumber: 'HX7Q2K1' },
      { productKey: '00329-00000-0003-AA6069' },
    ]);
    const result = validateDeviceRows(
      [
        row(2, { hardwareHash: hashFor(1) }),
        row(3, { serialNumber: 'hx7q2k1', hardwareHash: hashFor(2) }),
        row(4, { productKey: '00329-00000-0003-AA6069' }),
        row(5, { serialNumber: 'HX7Q2K2', hardwareHash: hashFor(3) }),
      ],
      { knownDevices },
    );
    expect(result.valid.map(({ line }) => line)).toEqual([5]);
    expect(result.invalid.map(({ line, problems }) => ({ line, problems }))).toEqual([
      { line: 2, problems: [{ code: 'already-registered', by: 'hardwareHash' }] },
      { line: 3, problems: [{ code: 'already-registered', by: 'serialNumber' }] },
      { line: 4, problems: [{ code: 'already-registered', by: 'productKey' }] },
    ]);
  });

  it('lists every reason a row is left out', () => {
    const knownDevices = knownDevicesFrom([{ serialNumber: 'A2' }]);
    const result = validateDeviceRows(
      [row(2, { serialNumber: 'A2', oemManufacturerName: 'HP', hardwareHash: '' })],
      { knownDevices },
    );
    expect(result.invalid[0]?.problems).toEqual([
      { code: 'incomplete-tuple', missing: 'modelName' },
      { code: 'already-registered', by: 'serialNumber' },
    ]);
  });

  it('sends formula-like text as the plain string it is', () => {
    const result = validateDeviceRows(
      [row(2, { serialNumber: "=cmd|' /C calc'!A0", hardwareHash: hashFor(1) })],
      none,
    );
    const [sent] = result.valid;
    expect(JSON.parse(JSON.stringify(sent?.device))).toEqual({
      serialNumber: "=cmd|' /C calc'!A0",
      hardwareHash: hashFor(1),
    });
  });
});
