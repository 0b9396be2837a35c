import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';
import type { CsvDeviceField } from './autopilot-csv-format';
import { checkHardwareHash, type HardwareHashProblem } from './check-hardware-hash';
import {
  normaliseHardwareHash,
  normaliseProductKey,
  normaliseSerialNumber,
  type KnownDevices,
} from './known-devices';
import type { CsvDeviceRow } from './parse-autopilot-csv';

/** Which identifier two devices share: for a serial number, with the same manufacturer and model. */
export type DeviceIdentifier = 'hardwareHash' | 'productKey' | 'serialNumber';

/**
 * Why a row is not sent. Codes with their parameters, not sentences: the page words them in the
 * user's language.
 */
export type DeviceRowProblem =
  /** No hash, no product ID, and not all of serial number, manufacturer and model. */
  | { code: 'no-identifier' }
  /** Two of serial number, manufacturer and model, no hash or product ID: the third is missing. */
  | { code: 'incomplete-tuple'; missing: CsvDeviceField }
  | HardwareHashProblem
  /** The same device as an earlier row that is sent (`line`); sending both would fail one. */
  | { code: 'duplicate-in-file'; by: DeviceIdentifier; line: number }
  /** Already in one of the customer's batches: Partner Center would refuse it (806). */
  | { code: 'already-registered'; by: DeviceIdentifier };

export interface ValidDeviceRow {
  line: number;
  device: DeviceToUpload;
}

export interface InvalidDeviceRow {
  line: number;
  row: CsvDeviceRow;
  problems: DeviceRowProblem[];
}

export interface ValidatedDeviceRows {
  valid: ValidDeviceRow[];
  invalid: InvalidDeviceRow[];
}

const tupleFields = ['serialNumber', 'oemManufacturerName', 'modelName'] as const;

/**
 * A device is identified by its hash (alone, or with product ID and/or serial number), its
 * product ID alone, or serial number + manufacturer + model (docs/partner-center-api.md §15). Whether a tuple-only
 * device has the 4K hash the tuple needs cannot be seen from the file, so it is not checked.
 */
function identifierProblem(row: CsvDeviceRow): DeviceRowProblem | undefined {
  if (row.hardwareHash !== '' || row.productKey !== '') return undefined;
  const missing = tupleFields.filter((field) => row[field] === '');
  if (missing.length === 0) return undefined;
  const [onlyMissing] = missing;
  if (missing.length === 1 && onlyMissing !== undefined) {
    return { code: 'incomplete-tuple', missing: onlyMissing };
  }
  return { code: 'no-identifier' };
}

/**
 * The keys under which a row is the same device as another. The serial number key includes the
 * manufacturer and model as written (Partner Center compares them case-sensitively), so two rows
 * with one serial number and no manufacturer or model, the same device collected twice, match too.
 */
function identifiersOf(row: CsvDeviceRow): [DeviceIdentifier, string][] {
  const keys: [DeviceIdentifier, string][] = [];
  if (row.hardwareHash !== '') keys.push(['hardwareHash', normaliseHardwareHash(row.hardwareHash)]);
  if (row.productKey !== '') keys.push(['productKey', normaliseProductKey(row.productKey)]);
  if (row.serialNumber !== '') {
    const serial = normaliseSerialNumber(row.serialNumber);
    keys.push(['serialNumber', [serial, row.oemManufacturerName, row.modelName].join('\u0000')]);
  }
  return keys;
}

function knownBy(row: CsvDeviceRow, known: KnownDevices): DeviceIdentifier[] {
  const by: DeviceIdentifier[] = [];
  if (
    row.hardwareHash !== '' &&
    known.hardwareHashes.has(normaliseHardwareHash(row.hardwareHash))
  ) {
    by.push('hardwareHash');
  }
  if (row.productKey !== '' && known.productKeys.has(normaliseProductKey(row.productKey))) {
    by.push('productKey');
  }
  if (row.serialNumber !== '' && known.serialNumbers.has(normaliseSerialNumber(row.serialNumber))) {
    by.push('serialNumber');
  }
  return by;
}

/** The device as sent: each non-empty cell under its field, empty ones left out. */
function toDevice(row: CsvDeviceRow): DeviceToUpload {
  const device: DeviceToUpload = {};
  if (row.serialNumber !== '') device.serialNumber = row.serialNumber;
  if (row.productKey !== '') device.productKey = row.productKey;
  if (row.hardwareHash !== '') device.hardwareHash = row.hardwareHash;
  if (row.oemManufacturerName !== '') device.oemManufacturerName = row.oemManufacturerName;
  if (row.modelName !== '') device.modelName = row.modelName;
  return device;
}

/**
 * Splits a file's rows into devices to send and rows left out, each with every reason. A later
 * copy of a device is left out and points at the first copy that is sent; when that first copy is
 * itself left out (say, a damaged hash), the later one is sent, so the device is still registered.
 */
export function validateDeviceRows(
  rows: readonly CsvDeviceRow[],
  options: { knownDevices: KnownDevices },
): ValidatedDeviceRows {
  const valid: ValidDeviceRow[] = [];
  const invalid: InvalidDeviceRow[] = [];
  const firstLines: Record<DeviceIdentifier, Map<string, number>> = {
    hardwareHash: new Map(),
    productKey: new Map(),
    serialNumber: new Map(),
  };
  for (const row of rows) {
    const problems: DeviceRowProblem[] = [];
    const identifier = identifierProblem(row);
    if (identifier !== undefined) problems.push(identifier);
    const hash = row.hardwareHash === '' ? undefined : checkHardwareHash(row.hardwareHash);
    if (hash !== undefined) problems.push(hash);
    for (const by of knownBy(row, options.knownDevices)) {
      problems.push({ code: 'already-registered', by });
    }
    const keys = identifiersOf(row);
    for (const [by, key] of keys) {
      const line = firstLines[by].get(key);
      if (line !== undefined) problems.push({ code: 'duplicate-in-file', by, line });
    }
    if (problems.length > 0) {
      invalid.push({ line: row.line, row, problems });
      continue;
    }
    for (const [by, key] of keys) firstLines[by].set(key, row.line);
    valid.push({ line: row.line, device: toDevice(row) });
  }
  return { valid, invalid };
}
