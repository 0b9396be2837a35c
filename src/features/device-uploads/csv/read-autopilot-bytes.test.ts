import { maxCsvBytes } from './decode-csv-bytes';
import { knownDevicesFrom, noKnownDevices } from './known-devices';
import { readAutopilotBytes } from './read-autopilot-bytes';
import {
  goodHash,
  intuneHeader,
  knownSerial,
  mixedPartnerCenterCsv,
  partnerCenterHeader,
  pngBytes,
  utf16LeWithBom,
  utf8,
  windows1252,
} from './testing/autopilot-file-bytes';

const knownDevices = knownDevicesFrom([{ serialNumber: knownSerial.toLowerCase() }]);

describe('readAutopilotBytes', () => {
  it('reads a Partner Center CSV into devices to send, rows left out and unreadable lines', () => {
    const reading = readAutopilotBytes(utf8(mixedPartnerCenterCsv), knownDevices);
    expect(reading).toEqual({
      kind: 'read',
      encoding: 'utf-8',
      format: 'partner-center',
      delimiter: ',',
      extraColumns: [],
      notes: [],
      rowProblems: [{ code: 'wrong-cell-count', line: 6, expected: 5, found: 3 }],
      rowCount: 5,
      validated: {
        valid: [
          {
            line: 2,
            device: {
              serialNumber: '5CG1234XYZ',
              hardwareHash: goodHash,
              oemManufacturerName: 'Dell Inc.',
              modelName: 'Latitude 5440',
            },
          },
        ],
        invalid: [
          expect.objectContaining({
            line: 3,
            problems: [{ code: 'incomplete-tuple', missing: 'modelName' }],
          }),
          expect.objectContaining({
            line: 4,
            problems: [{ code: 'already-registered', by: 'serialNumber' }],
          }),
          expect.objectContaining({
            line: 5,
            problems: [
              { code: 'duplicate-in-file', by: 'hardwareHash', line: 2 },
              { code: 'duplicate-in-file', by: 'serialNumber', line: 2 },
            ],
          }),
        ],
      },
    });
  });

  it("reads Intune's format, noting the columns that are not sent", () => {
    const csv = `${intuneHeader}\nPF3ABCDE,,${goodHash},Sales,ada@contoso.example\n`;
    const reading = readAutopilotBytes(utf8(csv), noKnownDevices);
    expect(reading).toMatchObject({
      kind: 'read',
      format: 'intune',
      notes: [
        { code: 'intune-columns-not-sent', columns: ['Group Tag', 'Assigned User'] },
        { code: 'no-manufacturer-or-model' },
      ],
      rowCount: 1,
      validated: {
        valid: [{ line: 2, device: { serialNumber: 'PF3ABCDE', hardwareHash: goodHash } }],
        invalid: [],
      },
    });
  });

  it('reads Excel\'s "Unicode text": UTF-16 with a byte order mark, tab-separated', () => {
    const csv = `${partnerCenterHeader.replaceAll(',', '\t')}\r\nHX7Q2K1\t\t\tHP\tEliteBook 840\r\n`;
    const reading = readAutopilotBytes(utf16LeWithBom(csv), noKnownDevices);
    expect(reading).toMatchObject({
      kind: 'read',
      encoding: 'utf-16le',
      delimiter: '\t',
      validated: {
        valid: [{ line: 2, device: { serialNumber: 'HX7Q2K1', modelName: 'EliteBook 840' } }],
      },
    });
  });

  it('reads a windows-1252 file so that "Müller" stays "Müller"', () => {
    const csv = `${partnerCenterHeader}\r\nHX7Q2K1,,,Müller Geräte GmbH,Büro 14\r\n`;
    const reading = readAutopilotBytes(windows1252(csv), noKnownDevices);
    expect(reading).toMatchObject({
      kind: 'read',
      encoding: 'windows-1252',
      validated: {
        valid: [{ device: { oemManufacturerName: 'Müller Geräte GmbH', modelName: 'Büro 14' } }],
      },
    });
  });

  it('calls a file unreadable when it is empty, binary or over the size cap', () => {
    expect(readAutopilotBytes(new Uint8Array(), noKnownDevices)).toEqual({
      kind: 'unreadable',
      problem: 'empty',
    });
    expect(readAutopilotBytes(pngBytes, noKnownDevices)).toEqual({
      kind: 'unreadable',
      problem: 'binary',
    });
    expect(readAutopilotBytes(new Uint8Array(maxCsvBytes + 1), noKnownDevices)).toEqual({
      kind: 'unreadable',
      problem: 'too-large',
    });
  });

  it('says why text is not an Autopilot CSV, with the encoding it was read in', () => {
    const contacts = readAutopilotBytes(
      utf8('Name,Email\nAda,ada@contoso.example\n'),
      noKnownDevices,
    );
    expect(contacts).toEqual({
      kind: 'not-autopilot',
      encoding: 'utf-8',
      problem: expect.objectContaining({ code: 'unrecognised-header', found: ['Name', 'Email'] }),
    });
    expect(readAutopilotBytes(utf8(`${partnerCenterHeader}\r\n`), noKnownDevices)).toEqual({
      kind: 'not-autopilot',
      encoding: 'utf-8',
      problem: { code: 'no-rows' },
    });
  });

  it('gives plain data that survives the trip from the worker unchanged', () => {
    const reading = readAutopilotBytes(utf8(mixedPartnerCenterCsv), knownDevices);
    expect(structuredClone(reading)).toEqual(reading);
  });
});
