/**
 * The largest file read, checked before reading (`file.size`) and again here. Partner Center
 * documents no limit per file or request; the page sends 500 devices per request. A 4K hardware
 * hash is at most about 4 KB, 5,464 base64 characters, and real ones are often a third of that; a
 * row with serial number, manufacturer and model adds under 100. So 5,000 devices (ten requests, a
 * large roll-out) of the largest hashes make about 28 MB, which 32 MiB holds with room to spare.
 * The cap is about the browser tab rather than the API: the text is held as UTF-16 (twice its
 * bytes) and once more as parsed cells, some 150 MB at the cap, which a modest laptop still
 * handles. A 20 MB file is therefore read: as devices if it is an Autopilot CSV, and otherwise
 * refused as binary or for its header, each with its own message.
 */
export const maxCsvBytes = 32 * 1024 * 1024;

/**
 * A CSV holds no control characters but tab and line breaks; a file of random bytes read as
 * windows-1252 has about one in eight. One in fifty is far from both.
 */
const maxControlCharacterShare = 0.02;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type CsvBytesProblem = 'empty' | 'binary' | 'too-large';

export type DecodedCsvBytes =
  { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: CsvBytesProblem };

const utf8Bom = [0xef, 0xbb, 0xbf];
const utf16LeBom = [0xff, 0xfe];
const utf16BeBom = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/**
 * UTF-16 written without a byte order mark. Both headers start with letters ("Device Serial
 * Number", "Hardware Hash", …), so the first two characters show which byte is zero.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const [a, b, c, d] = bytes;
  if (isAsciiLetter(a) && b === 0 && isAsciiLetter(c) && d === 0) return 'utf-16le';
  if (a === 0 && isAsciiLetter(b) && c === 0 && isAsciiLetter(d)) return 'utf-16be';
  return undefined;
}

/** The text, or undefined when the bytes are not valid in that encoding (TextDecoder `fatal`). */
function decodeStrictly(bytes: Uint8Array, encoding: CsvEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isControlCharacter(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isControlCharacter(text.charCodeAt(index))) controls += 1;
  }
  return controls > text.length * maxControlCharacterShare;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedCsvBytes {
  const text = decodeStrictly(bytes, encoding);
  if (text === undefined) return { ok: false, problem: 'binary' };
  return { ok: true, text, encoding };
}

/**
 * Excel and PowerShell save the same CSV in several encodings: UTF-8 with or without a byte order
 * mark, "Unicode" (UTF-16 LE with a mark, Excel's Unicode text), and the Windows ANSI code page.
 * UTF-8 is tried strictly first: ANSI text with accents is almost never valid UTF-8, so "Müller"
 * saved as ANSI falls through to windows-1252 and still reads "Müller" instead of "M�ller".
 */
function decodeText(bytes: Uint8Array): DecodedCsvBytes {
  if (startsWith(bytes, utf16LeBom)) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, utf16BeBom)) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const withoutBom = startsWith(bytes, utf8Bom) ? bytes.subarray(3) : bytes;
  const utf16 = utf16WithoutBom(withoutBom);
  if (utf16 !== undefined) return decodeUtf16(withoutBom, utf16);
  // Outside UTF-16 a zero byte is never text: a spreadsheet, archive or image picked by mistake.
  if (withoutBom.includes(0)) return { ok: false, problem: 'binary' };
  const utf8 = decodeStrictly(withoutBom, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  return {
    ok: true,
    text: new TextDecoder('windows-1252').decode(withoutBom),
    encoding: 'windows-1252',
  };
}

/** The file's bytes as text, or why they cannot be an Autopilot CSV. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsvBytes {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > maxCsvBytes) return { ok: false, problem: 'too-large' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  if (!/\S/.test(decoded.text)) return { ok: false, problem: 'empty' };
  if (looksBinary(decoded.text)) return { ok: false, problem: 'binary' };
  return decoded;
}
