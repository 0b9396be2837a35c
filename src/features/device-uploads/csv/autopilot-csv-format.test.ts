import { expectedHeaders, recogniseAutopilotHeader } from './autopilot-csv-format';

const partnerCenter = [
  'Device Serial Number',
  'Windows Product ID',
  'Hardware Hash',
  'Manufacturer name',
  'Device model',
];
const intune = [
  'Device Serial Number',
  'Windows Product ID',
  'Hardware Hash',
  'Group Tag',
  'Assigned User',
];

describe('recogniseAutopilotHeader', () => {
  it("recognises Partner Center's header and maps each column to the field it fills", () => {
    expect(recogniseAutopilotHeader(partnerCenter)).toEqual({
      ok: true,
      format: 'partner-center',
      columns: {
        serialNumber: 0,
        productKey: 1,
        hardwareHash: 2,
        oemManufacturerName: 3,
        modelName: 4,
      },
      extraColumns: [],
      notes: [],
    });
  });

  it('reads headers in upper case, with stray spaces, in any order', () => {
    const header = recogniseAutopilotHeader([
      ' DEVICE MODEL ',
      'hardware  hash',
      'Manufacturer Name',
      'device serial number',
      'WINDOWS PRODUCT ID',
    ]);
    expect(header).toMatchObject({
      ok: true,
      format: 'partner-center',
      columns: {
        modelName: 0,
        hardwareHash: 1,
        oemManufacturerName: 2,
        serialNumber: 3,
        productKey: 4,
      },
    });
  });

  it('reports columns neither format has, and reads the file all the same', () => {
    const header = recogniseAutopilotHeader([...partnerCenter, 'Asset tag', '', 'Notes']);
    expect(header).toMatchObject({ ok: true, extraColumns: ['Asset tag', 'Notes'], notes: [] });
  });

  it("recognises Intune's header, saying Group Tag and Assigned User are not sent", () => {
    expect(recogniseAutopilotHeader(intune)).toEqual({
      ok: true,
      format: 'intune',
      columns: { serialNumber: 0, productKey: 1, hardwareHash: 2 },
      extraColumns: [],
      notes: [
        { code: 'intune-columns-not-sent', columns: ['Group Tag', 'Assigned User'] },
        { code: 'no-manufacturer-or-model' },
      ],
    });
  });

  it('reads the three columns Get-WindowsAutopilotInfo writes without -Partner as Intune format', () => {
    expect(recogniseAutopilotHeader(intune.slice(0, 3))).toMatchObject({
      ok: true,
      format: 'intune',
      notes: [{ code: 'no-manufacturer-or-model' }],
    });
  });

  it('accepts a header that identifies devices by serial number, manufacturer and model only', () => {
    expect(
      recogniseAutopilotHeader(['Device Serial Number', 'Manufacturer name', 'Device model']),
    ).toMatchObject({ ok: true, format: 'partner-center' });
  });

  it('names the expected headers when the file has neither', () => {
    expect(recogniseAutopilotHeader(['Serial', 'Hash ', 'Model'])).toEqual({
      ok: false,
      problem: {
        code: 'unrecognised-header',
        found: ['Serial', 'Hash', 'Model'],
        expected: expectedHeaders,
      },
    });
    expect(expectedHeaders['partner-center'].join(',')).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model',
    );
    expect(expectedHeaders.intune.join(',')).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User',
    );
  });

  it('refuses known columns that cannot identify a device on their own', () => {
    expect(recogniseAutopilotHeader(['Device Serial Number', 'Manufacturer name'])).toMatchObject({
      ok: false,
      problem: { code: 'unrecognised-header' },
    });
  });

  it('says the header row is missing when the first row holds a hash', () => {
    const hash = `T0Gr${'A'.repeat(196)}`;
    expect(recogniseAutopilotHeader(['5CG1234XYZ', '', hash])).toEqual({
      ok: false,
      problem: { code: 'no-header-row', expected: expectedHeaders },
    });
  });

  it('refuses a column named twice, since either could be the one meant', () => {
    expect(recogniseAutopilotHeader([...partnerCenter, 'hardware hash'])).toEqual({
      ok: false,
      problem: { code: 'duplicate-column', column: 'hardware hash' },
    });
  });
});
