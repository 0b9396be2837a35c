import type { CsvDevice } from './devices-csv';

/**
 * The full rows (hardware hashes and product IDs included) of the devices each deregistration of
 * this tab was started for, by change id, so the CSV offered afterwards can be uploaded again as it
 * is. Kept in memory, never stored: hashes identify devices, and the browser's store keeps only
 * serial numbers, manufacturers and models (see remembered-changes.ts). The latest few are kept.
 */
const rows = new Map<string, ReadonlyMap<string, CsvDevice>>();
const keptChanges = 5;

export function keepDeviceRows(
  changeId: string,
  devices: readonly (CsvDevice & { readonly id: string })[],
): void {
  rows.delete(changeId);
  rows.set(changeId, new Map(devices.map((device) => [device.id, device])));
  for (const oldest of [...rows.keys()].slice(0, Math.max(0, rows.size - keptChanges)))
    rows.delete(oldest);
}

/** The rows of a change's devices, by device id; undefined when this tab did not start it. */
export function keptDeviceRowsOf(changeId: string): ReadonlyMap<string, CsvDevice> | undefined {
  return rows.get(changeId);
}
