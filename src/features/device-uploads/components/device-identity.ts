import { maskSecret } from '@/lib/presenter/mask-secret';
import type { CsvDeviceRow } from '../csv/parse-autopilot-csv';

const shorten = (hash: string) =>
  hash.length > 17 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;

/**
 * How a row's device is named in a table: its serial number, else its product ID, else the start
 * and end of its hash. In presenter mode product IDs and hashes are masked, as on the devices page.
 */
export function deviceIdentity(row: CsvDeviceRow, presenting: boolean): string {
  if (row.serialNumber !== '') return row.serialNumber;
  if (row.productKey !== '') return presenting ? maskSecret(row.productKey, 4) : row.productKey;
  if (row.hardwareHash !== '')
    return presenting ? maskSecret(row.hardwareHash) : shorten(row.hardwareHash);
  return '';
}
