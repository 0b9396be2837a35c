import { aRow } from '../testing/device-rows';
import { csvColumns, devicesCsv, devicesCsvFileName, type CsvColumn } from './devices-csv';

const headings = Object.fromEntries(csvColumns.map((column) => [column, column])) as Record<
  CsvColumn,
  string
>;

describe('devicesCsv', () => {
  it('writes a heading line and one line per device, hostile values neutralised', () => {
    const rows = [
      aRow('d1', {
        serialNumber: "=cmd|' /C calc'!A0",
        productKey: '-3280219463321',
        hardwareHash: 'T0FiAwEAHAAAAAoA',
        modelName: '<img src=x onerror=alert(1)>',
        oemManufacturerName: '@SUM(1+1)',
        profile: 'Kiosk, "front desk"',
        uploadedDate: '2024-01-15T06:30:00.2417951+01:00',
        uploadedBy: '+31205550100',
      }),
      aRow('d2', { serialNumber: 'HX7Q2K1', uploadedDate: 'not a date' }),
      aRow('d3', { serialNumber: 'HX7Q2K2', uploadedDate: '0001-01-01T00:00:00' }),
    ];
    expect(devicesCsv(rows, headings).split('\r\n')).toEqual([
      '\uFEFFserialNumber,productKey,hardwareHash,model,manufacturer,profile,uploaded,uploadedBy,deviceId',
      '\'=cmd|\' /C calc\'!A0,\'-3280219463321,T0FiAwEAHAAAAAoA,<img src=x onerror=alert(1)>,\'@SUM(1+1),"Kiosk, ""front desk""",2024-01-15T05:30:00.241Z,\'+31205550100,d1',
      'HX7Q2K1,,,Latitude 5440,Dell Inc.,,not a date,,d2',
      // .NET's default date is "not set": no date of upload, so an empty cell, not the year 1.
      'HX7Q2K2,,,Latitude 5440,Dell Inc.,,,,d3',
      '',
    ]);
  });
});

describe('devicesCsvFileName', () => {
  it('names the file after the batch, replacing characters file systems refuse', () => {
    expect(devicesCsvFileName('Lab #3')).toBe('Lab #3 - devices.csv');
    expect(devicesCsvFileName('a/b:c*d?"e"<f>|g\\h')).toBe('a-b-c-d--e--f--g-h - devices.csv');
    expect(devicesCsvFileName('Why?\tbatch ')).toBe('Why--batch - devices.csv');
  });
});
