import { decodeCsvBytes, maxCsvBytes } from './decode-csv-bytes';

const header =
  'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The bytes Windows' ANSI code page (windows-1252) writes for text in Latin-1's range. */
function ansi(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

const csv = `${header}\r\nHX7Q2K1,,,Müller Geräte GmbH,Ölçü 14\r\n`;

describe('decodeCsvBytes', () => {
  it('reads UTF-8, with or without a byte order mark, to the same text', () => {
    const plain = decodeCsvBytes(utf8(csv));
    const withBom = decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csv)]));
    expect(plain).toEqual({ ok: true, text: csv, encoding: 'utf-8' });
    expect(withBom).toEqual(plain);
  });

  it('reads an ANSI (windows-1252) file so that "Müller" stays "Müller"', () => {
    // As Excel saves "CSV" on a Western European Windows: ü is one byte (0xFC), – is 0x96.
    const bytes = Uint8Array.from([
      ...ansi(`${header}\r\nHX7Q2K1,,,Müller GmbH,Gerät `),
      0x96,
      ...ansi(' 14\r\n'),
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      text: `${header}\r\nHX7Q2K1,,,Müller GmbH,Gerät – 14\r\n`,
      encoding: 'windows-1252',
    });
  });

  it.each([
    ['utf-16le', 'le', true],
    ['utf-16be', 'be', true],
    ['utf-16le', 'le', false],
    ['utf-16be', 'be', false],
  ] as const)('reads %s (byte order mark: %s)', (encoding, order, bom) => {
    expect(decodeCsvBytes(utf16(csv, order, bom))).toEqual({ ok: true, text: csv, encoding });
  });

  it('calls a file with no bytes, or only a byte order mark and blank lines, empty', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({
      ok: false,
      problem: 'empty',
    });
    expect(decodeCsvBytes(utf8(' \r\n\r\n'))).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses a spreadsheet or other binary file picked by mistake', () => {
    // The start of an .xlsx file: a ZIP archive.
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(decodeCsvBytes(xlsx)).toEqual({ ok: false, problem: 'binary' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeCsvBytes(png)).toEqual({ ok: false, problem: 'binary' });
  });

  it('refuses text full of control characters even without zero bytes', () => {
    const noise = Uint8Array.from({ length: 400 }, (_, index) => 1 + ((index * 37) % 255));
    expect(decodeCsvBytes(noise)).toEqual({ ok: false, problem: 'binary' });
  });

  it('accepts a stray control character in an otherwise ordinary file', () => {
    const text = `${csv}\u001a`;
    expect(decodeCsvBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('refuses UTF-16 with an odd number of bytes as damaged', () => {
    expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0x44, 0x00, 0x65]))).toEqual({
      ok: false,
      problem: 'binary',
    });
  });

  it('refuses a file over the cap before decoding it, and reads one at the cap', () => {
    expect(decodeCsvBytes(new Uint8Array(maxCsvBytes + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
    const atCap = new Uint8Array(maxCsvBytes).fill(0x41);
    expect(decodeCsvBytes(atCap)).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});
