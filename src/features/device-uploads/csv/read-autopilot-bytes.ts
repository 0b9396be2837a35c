import type { AutopilotCsvFormat, CsvHeaderNote } from './autopilot-csv-format';
import { decodeCsvBytes, type CsvBytesProblem, type CsvEncoding } from './decode-csv-bytes';
import type { KnownDevices } from './known-devices';
import { parseAutopilotCsv, type CsvFileProblem, type CsvRowProblem } from './parse-autopilot-csv';
import { validateDeviceRows, type ValidatedDeviceRows } from './validate-device-rows';

/**
 * What a dropped file turned out to be. Plain data only (no Sets, classes or functions), so it
 * crosses from the worker to the page by structured clone unchanged.
 */
export type AutopilotFileReading =
  /** Not text at all: no bytes, a spreadsheet or image, or past the size cap. */
  | { kind: 'unreadable'; problem: CsvBytesProblem }
  /** Text, but not devices: the header is not one of the two formats, or no row follows it. */
  | { kind: 'not-autopilot'; problem: CsvFileProblem; encoding: CsvEncoding }
  | {
      kind: 'read';
      encoding: CsvEncoding;
      format: AutopilotCsvFormat;
      /** "," as written, ";" from Excel with a decimal comma, tab from "Unicode text". */
      delimiter: string;
      extraColumns: string[];
      notes: CsvHeaderNote[];
      /** Rows that could not be split into cells; they are in neither list of `validated`. */
      rowProblems: CsvRowProblem[];
      /** Every data row of the file: valid + invalid + rowProblems, for "n of m rows" wording. */
      rowCount: number;
      validated: ValidatedDeviceRows;
    };

/**
 * Decodes, parses and checks a file's bytes against the customer's devices: all the CPU work of
 * reading a file, in one synchronous step so that a worker (or the page, without one) runs it whole.
 */
export function readAutopilotBytes(
  bytes: Uint8Array,
  knownDevices: KnownDevices,
): AutopilotFileReading {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { kind: 'unreadable', problem: decoded.problem };
  const parsed = parseAutopilotCsv(decoded.text);
  if (!parsed.ok) {
    return { kind: 'not-autopilot', problem: parsed.problem, encoding: decoded.encoding };
  }
  return {
    kind: 'read',
    encoding: decoded.encoding,
    format: parsed.format,
    delimiter: parsed.delimiter,
    extraColumns: parsed.extraColumns,
    notes: parsed.notes,
    rowProblems: parsed.problems,
    rowCount: parsed.rows.length + parsed.problems.length,
    validated: validateDeviceRows(parsed.rows, { knownDevices }),
  };
}
