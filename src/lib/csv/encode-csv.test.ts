import { encodeCell, encodeCsv, neutraliseFormula, quoteField } from './encode-csv';

describe('neutraliseFormula', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+31205550100', "'+31205550100"],
    ['-3280219463321', "'-3280219463321"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['\nline feed', "'\nline feed"],
    [' =1+1', "' =1+1"],
    ['\u00A0\u3000+1', "'\u00A0\u3000+1"],
    ['\n=1+1', "'\n=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\uFEFF@SUM(1)', "'\uFEFF@SUM(1)"],
    ['\u2060-1', "'\u2060-1"],
    ['＝1+1', "'＝1+1"],
    ['＋31', "'＋31"],
    ['－5', "'－5"],
    ['＠SUM(1)', "'＠SUM(1)"],
  ])('prefixes %j with a single quote', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it('leaves everything else alone, markup included', () => {
    for (const value of [
      '5CG1234XYZ',
      '<img src=x onerror=alert(1)>',
      'a=b',
      '',
      ' ',
      'a\u200B=b',
      'Dell-5440',
    ]) {
      expect(neutraliseFormula(value)).toBe(value);
    }
  });
});

describe('quoteField', () => {
  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(quoteField('Dell, Inc.')).toBe('"Dell, Inc."');
    expect(quoteField('the "Kiosk" profile')).toBe('"the ""Kiosk"" profile"');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('leaves plain fields unquoted', () => {
    expect(quoteField('Surface Laptop 5')).toBe('Surface Laptop 5');
  });
});

describe('encodeCell', () => {
  it('neutralises first, then quotes', () => {
    expect(encodeCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(encodeCell('\rx')).toBe('"\'\rx"');
  });
});

describe('encodeCsv', () => {
  it('writes a byte order mark and CRLF-terminated lines', () => {
    const csv = encodeCsv([
      ['Serial number', 'Model'],
      ['=1+1', 'Latitude 5440, 14"'],
    ]);
    expect(csv).toBe('\uFEFFSerial number,Model\r\n\'=1+1,"Latitude 5440, 14"""\r\n');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(encodeCsv([['Ölçü cihazları – Q3']])).toBe('\uFEFFÖlçü cihazları – Q3\r\n');
  });

  it('writes the cells a caller marks verbatim without the formula guard, still quoted', () => {
    const csv = encodeCsv([['+AbC/12==', '+AbC/12==', 'a,b']], {
      isVerbatim: (_, column) => column !== 1,
    });
    expect(csv).toBe('\uFEFF+AbC/12==,\'+AbC/12==,"a,b"\r\n');
  });
});
