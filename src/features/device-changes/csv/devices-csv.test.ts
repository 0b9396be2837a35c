import { devicesCsv } from './devices-csv';

const hash = `+${'A'.repeat(1_199)}`;

describe('devicesCsv', () => {
  it('writes the Partner Center columns, the hash verbatim and every other cell guarded', () => {
    const csv = devicesCsv(
      [
        {
          serialNumber: '5CG3080808',
          productKey: '00329-00000-0003-AA6069',
          hardwareHash: hash,
          manufacturer: 'HP',
          modelName: 'EliteBook, 840',
        },
        { serialNumber: '=cmd|calc', manufacturer: 'Dell Inc.', modelName: 'Latitude 5440' },
      ],
      false,
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFDevice Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model',
      `5CG3080808,00329-00000-0003-AA6069,${hash},HP,"EliteBook, 840"`,
      "'=cmd|calc,,,Dell Inc.,Latitude 5440",
      '',
    ]);
  });

  it('masks product IDs and hashes in presenter mode', () => {
    const csv = devicesCsv(
      [{ serialNumber: 'S1', productKey: '00329-00000-0003-AA6069', hardwareHash: hash }],
      true,
    );
    expect(csv).toContain('S1,••••••••6069,••••••••,,');
    expect(csv).not.toContain(hash);
  });
});
