/** Files as the tests of read-autopilot-bytes.ts and read-autopilot-file.ts drop them. */

export const partnerCenterHeader =
  'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model';

export const intuneHeader =
  'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User';

/** A hash that passes the check: 612 decoded bytes, over the 512 minimum. */
export const goodHash = `T0GrAgEAHAAAAAoA${'QUJD'.repeat(200)}`;

/** A serial number the customer already has in a batch. */
export const knownSerial = 'KNOWN0001';

/**
 * One line of each outcome: sent, left out for its own cells, already registered, a copy of the
 * first line, and a line with too few cells to read.
 */
export const mixedPartnerCenterCsv = [
  partnerCenterHeader,
  `5CG1234XYZ,,${goodHash},Dell Inc.,Latitude 5440`,
  'HX7Q2K1,,,HP,',
  `${knownSerial},,,LENOVO,21HD003QMH`,
  `5CG1234XYZ,,${goodHash},Dell Inc.,Latitude 5440`,
  'CUT-SHORT,,',
  '',
].join('\r\n');

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** "Unicode text" as Excel saves it: UTF-16 little-endian with a byte order mark. */
export function utf16LeWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

/** Windows' ANSI code page for text in Latin-1's range: one byte per character (ü is 0xFC). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

/** The start of a PNG image: a file picked by mistake. */
export const pngBytes = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
