import Papa from 'papaparse';
import {
  recogniseAutopilotHeader,
  type AutopilotCsvFormat,
  type CsvColumnMap,
  type CsvDeviceField,
  type CsvHeaderNote,
  type CsvHeaderProblem,
} from './autopilot-csv-format';

/** One data row: its line in the file (1-based, as an editor shows it) and its cells, trimmed. */
export type CsvDeviceRow = { readonly line: number } & Readonly<Record<CsvDeviceField, string>>;

/** A row that could not be read as cells; it is left out of `rows`. */
export type CsvRowProblem =
  | { code: 'wrong-cell-count'; line: number; expected: number; found: number }
  /** A quote opened and never closed: the rest of the file ran into one cell. */
  | { code: 'unclosed-quote'; line: number }
  /** Text after a closing quote (`"Dell"Inc`): where the cell ends is a guess. */
  | { code: 'stray-quote'; line: number };

export type CsvFileProblem = CsvHeaderProblem | { code: 'empty' } | { code: 'no-rows' };

export type ParsedAutopilotCsv =
  | {
      ok: true;
      format: AutopilotCsvFormat;
      /** The separator found: "," as written, ";" from Excel in locales with a decimal comma, tab from "Unicode text". */
      delimiter: string;
      columns: CsvColumnMap;
      extraColumns: string[];
      notes: CsvHeaderNote[];
      rows: CsvDeviceRow[];
      problems: CsvRowProblem[];
    }
  | { ok: false; problem: CsvFileProblem };

/** A record and the line it starts on. */
interface CsvRecord {
  line: number;
  cells: string[];
  quoteError: 'unclosed-quote' | 'stray-quote' | undefined;
}

function countLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let index = cell.indexOf('\n'); index !== -1; index = cell.indexOf('\n', index + 1)) {
      count += 1;
    }
  }
  return count;
}

/** A line with nothing but separators and spaces, as Excel leaves below the last row. */
function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Every record but the blank ones, each with the line it starts on. Papaparse gives no line
 * numbers, so they are counted: one per record, plus the line breaks inside its quoted cells.
 */
function readRecords(text: string): { records: CsvRecord[]; delimiter: string } {
  // One line ending for the whole text: papaparse picks one per file, and a file edited on two
  // systems that mixes CRLF and LF would otherwise have lines glued together.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(normalised, {
    newline: '\n',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const quoteErrors = new Map<number, 'unclosed-quote' | 'stray-quote'>();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    const code = error.code === 'MissingQuotes' ? 'unclosed-quote' : 'stray-quote';
    if (quoteErrors.get(error.row) !== 'unclosed-quote') quoteErrors.set(error.row, code);
  }
  const records: CsvRecord[] = [];
  let line = 1;
  for (const [index, cells] of result.data.entries()) {
    if (!isBlank(cells)) records.push({ line, cells, quoteError: quoteErrors.get(index) });
    line += 1 + countLineBreaks(cells);
  }
  return { records, delimiter: result.meta.delimiter };
}

/** Cells past the header's are tolerated when empty: Excel writes trailing separators. */
function cellCountProblem(record: CsvRecord, expected: number): CsvRowProblem | undefined {
  const found = record.cells.length;
  if (found === expected) return undefined;
  if (found > expected && isBlank(record.cells.slice(expected))) return undefined;
  return { code: 'wrong-cell-count', line: record.line, expected, found };
}

function toRow(record: CsvRecord, columns: CsvColumnMap): CsvDeviceRow {
  const cell = (field: CsvDeviceField): string => {
    const index = columns[field];
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  return {
    line: record.line,
    serialNumber: cell('serialNumber'),
    productKey: cell('productKey'),
    hardwareHash: cell('hardwareHash'),
    oemManufacturerName: cell('oemManufacturerName'),
    modelName: cell('modelName'),
  };
}

/**
 * An Autopilot CSV as devices to check: the header's format and columns, then one row per device
 * line. Cells are data only: `=cmd|…` stays that text, sent as a JSON string and never evaluated.
 * Rows that cannot be read are reported by line and left out; the others are still read.
 */
export function parseAutopilotCsv(text: string): ParsedAutopilotCsv {
  const { records, delimiter } = readRecords(text);
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined) return { ok: false, problem: { code: 'empty' } };
  const header = recogniseAutopilotHeader(headerRecord.cells);
  if (!header.ok) return { ok: false, problem: header.problem };
  if (dataRecords.length === 0) return { ok: false, problem: { code: 'no-rows' } };

  const rows: CsvDeviceRow[] = [];
  const problems: CsvRowProblem[] = [];
  for (const record of dataRecords) {
    const problem =
      record.quoteError === undefined
        ? cellCountProblem(record, headerRecord.cells.length)
        : { code: record.quoteError, line: record.line };
    if (problem === undefined) rows.push(toRow(record, header.columns));
    else problems.push(problem);
  }
  return {
    ok: true,
    format: header.format,
    delimiter,
    columns: header.columns,
    extraColumns: header.extraColumns,
    notes: header.notes,
    rows,
    problems,
  };
}
