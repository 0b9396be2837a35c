import { parseAutopilotCsv } from './parse-autopilot-csv';

const header =
  'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model';
const hash = `T0GrAgEAHAAAAAoA${'QUJD'.repeat(200)}`;

function lines(...rows: string[]): string {
  return rows.map((row) => `${row}\n`).join('');
}

describe('parseAutopilotCsv', () => {
  it('reads each device with the line it is on, cells trimmed, empty cells as ""', () => {
    const parsed = parseAutopilotCsv(
      lines(header, `5CG1234XYZ,, ${hash} ,Dell Inc.,Latitude 5440`, 'HX7Q2K1,,,HP,EliteBook 840'),
    );
    expect(parsed).toEqual({
      ok: true,
      format: 'partner-center',
      delimiter: ',',
      columns: {
        serialNumber: 0,
        productKey: 1,
        hardwareHash: 2,
        oemManufacturerName: 3,
        modelName: 4,
      },
      extraColumns: [],
      notes: [],
      rows: [
        {
          line: 2,
          serialNumber: '5CG1234XYZ',
          productKey: '',
          hardwareHash: hash,
          oemManufacturerName: 'Dell Inc.',
          modelName: 'Latitude 5440',
        },
        {
          line: 3,
          serialNumber: 'HX7Q2K1',
          productKey: '',
          hardwareHash: '',
          oemManufacturerName: 'HP',
          modelName: 'EliteBook 840',
        },
      ],
      problems: [],
    });
  });

  it('reads a file with a byte order mark and CRLF the same as one without', () => {
    const plain = lines(header, `5CG1234XYZ,,${hash},Dell Inc.,Latitude 5440`);
    const windows = `\uFEFF${plain.replaceAll('\n', '\r\n')}`;
    expect(parseAutopilotCsv(windows)).toEqual(parseAutopilotCsv(plain));
  });

  it('keeps line numbers right past blank lines, quoted line breaks and mixed line endings', () => {
    const text = [
      '\r\n',
      `${header}\r\n`,
      '\r\n',
      'A1,,,"Dell, Inc.",Latitude 5440\r\n',
      ',,,,\n',
      '   \r\n',
      'A2,,,"Contoso\r\nDevices","Model ""X"""\r\n',
      'A3,,,HP,EliteBook 840\n',
      'A4,,,HP,EliteBook 840',
    ].join('');
    const parsed = parseAutopilotCsv(text);
    expect(
      parsed.ok && parsed.rows.map((row) => [row.line, row.oemManufacturerName, row.modelName]),
    ).toEqual([
      [4, 'Dell, Inc.', 'Latitude 5440'],
      [7, 'Contoso\nDevices', 'Model "X"'],
      [9, 'HP', 'EliteBook 840'],
      [10, 'HP', 'EliteBook 840'],
    ]);
  });

  it('reads the semicolons Excel writes in Dutch and the tabs of its "Unicode text"', () => {
    for (const delimiter of [';', '\t']) {
      const text = lines(header, 'A1,,,Dell Inc.,Latitude 5440').replaceAll(',', delimiter);
      const parsed = parseAutopilotCsv(text);
      expect(parsed).toMatchObject({
        ok: true,
        delimiter,
        rows: [{ line: 2, modelName: 'Latitude 5440' }],
      });
    }
  });

  it('keeps formula-like cells as the text they are', () => {
    const parsed = parseAutopilotCsv(
      lines(header, `"=cmd|' /C calc'!A0",@SUM(1+1),${hash},+Dell,-HYPERLINK("x")`),
    );
    expect(parsed).toMatchObject({
      ok: true,
      rows: [
        {
          serialNumber: "=cmd|' /C calc'!A0",
          productKey: '@SUM(1+1)',
          oemManufacturerName: '+Dell',
          modelName: '-HYPERLINK("x")',
        },
      ],
    });
  });

  it('reports a row with too few or too many cells by line, and reads the rest', () => {
    const parsed = parseAutopilotCsv(
      lines(header, 'A1,,,Dell, Inc.,Latitude 5440', 'A2,,', 'A3,,,HP,EliteBook 840'),
    );
    expect(parsed).toMatchObject({
      ok: true,
      rows: [{ line: 4, serialNumber: 'A3' }],
      problems: [
        { code: 'wrong-cell-count', line: 2, expected: 5, found: 6 },
        { code: 'wrong-cell-count', line: 3, expected: 5, found: 3 },
      ],
    });
  });

  it('tolerates empty cells past the last column, as Excel writes them', () => {
    const parsed = parseAutopilotCsv(lines(header, 'A1,,,HP,EliteBook 840,,'));
    expect(parsed).toMatchObject({
      ok: true,
      rows: [{ line: 2, modelName: 'EliteBook 840' }],
      problems: [],
    });
  });

  it('reports a quote that is never closed, without swallowing the rows before it', () => {
    const parsed = parseAutopilotCsv(
      lines(header, 'A1,,,HP,EliteBook 840', 'A2,,,"HP,EliteBook 840', 'A3,,,HP,EliteBook 840'),
    );
    expect(parsed).toMatchObject({
      ok: true,
      rows: [{ line: 2, serialNumber: 'A1' }],
      problems: [{ code: 'unclosed-quote', line: 3 }],
    });
  });

  it('reports text after a closing quote, where the cell ends being a guess', () => {
    // The stray quote after X closes the one before Inc: lines 2 and 3 ran into one row.
    const parsed = parseAutopilotCsv(lines(header, 'A1,,,"HP"Inc,EliteBook 840', 'A2,,,HP,X"'));
    expect(parsed).toMatchObject({
      ok: true,
      rows: [],
      problems: [{ code: 'stray-quote', line: 2 }],
    });
  });

  it('reads the Intune format, noting what is not sent', () => {
    const parsed = parseAutopilotCsv(
      lines(
        'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User',
        `A1,,${hash},Sales,anna@contoso.com`,
      ),
    );
    expect(parsed).toMatchObject({
      ok: true,
      format: 'intune',
      notes: [
        { code: 'intune-columns-not-sent', columns: ['Group Tag', 'Assigned User'] },
        { code: 'no-manufacturer-or-model' },
      ],
      rows: [{ line: 2, serialNumber: 'A1', hardwareHash: hash, oemManufacturerName: '' }],
    });
  });

  it('says so when the file has a header but no devices, or nothing at all', () => {
    expect(parseAutopilotCsv(lines(header, ',,,,', ''))).toEqual({
      ok: false,
      problem: { code: 'no-rows' },
    });
    expect(parseAutopilotCsv('\n\n')).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('passes on why a header is not recognised', () => {
    expect(parseAutopilotCsv(lines('Name,Email', 'Anna,anna@contoso.com'))).toMatchObject({
      ok: false,
      problem: { code: 'unrecognised-header', found: ['Name', 'Email'] },
    });
  });
});
