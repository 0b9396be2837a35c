/** Makes Excel read the file as UTF-8, so "Ölçü" stays "Ölçü". */
export const byteOrderMark = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"):
 * `=cmd|' /C calc'!A0` could start a program, `@SUM(1+1)` computes. Spreadsheets also skip leading
 * spaces, line breaks and zero-width characters before deciding, and some read the full-width
 * forms `＝ ＋ － ＠` as the ASCII ones. OWASP's advice: start such a cell with a single quote, so
 * it is shown as the text it is.
 */
const formulaStart = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function encodeCell(value: string): string {
  return quoteField(neutraliseFormula(value));
}

export interface EncodeCsvOptions {
  /**
   * Cells to write as they are, only quoted: a value a file must give back exactly (a base64
   * hardware hash may start with "+"), which the caller has checked cannot run as a formula.
   */
  readonly isVerbatim?: (value: string, column: number) => boolean;
}

/**
 * A CSV document: byte order mark, then one line per row, fields separated by commas, lines ended
 * by CRLF (RFC 4180). Every cell is neutralised and quoted as needed.
 */
export function encodeCsv(
  rows: readonly (readonly string[])[],
  { isVerbatim }: EncodeCsvOptions = {},
): string {
  const encode = (value: string, column: number) =>
    isVerbatim?.(value, column) === true ? quoteField(value) : encodeCell(value);
  return byteOrderMark + rows.map((row) => `${row.map(encode).join(',')}\r\n`).join('');
}
