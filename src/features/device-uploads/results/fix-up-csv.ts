import { partnerCenterDeviceCsv } from '@/lib/csv/partner-center-device-csv';
import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';
import { maskSecret } from '@/lib/presenter/mask-secret';

/** A device to fix and upload again, with why it was not registered. */
export interface FixUpRow {
  readonly device: Readonly<DeviceToUpload>;
  /** The line of the original file, when known. */
  readonly line?: number;
  readonly code?: string;
  readonly reason: string;
}

export interface FixUpHeadings {
  readonly line: string;
  readonly code: string;
  readonly reason: string;
}

/**
 * A CSV of devices to fix and upload again: Partner Center's five columns, which this page reads
 * back as they are, then the original line, the code and the reason, which it reads as columns not
 * sent. A base64 hash is written verbatim (it may start with "+", and base64 cannot call a
 * function); every other cell gets the spreadsheet formula guard.
 */
export function fixUpCsv(rows: readonly FixUpRow[], headings: FixUpHeadings): string {
  return partnerCenterDeviceCsv(
    rows.map(({ device, line, code, reason }) => ({
      device,
      extra: [line === undefined ? '' : String(line), code ?? '', reason],
    })),
    [headings.line, headings.code, headings.reason],
  );
}

/**
 * In presenter mode a download holds what the screen shows (it may well be opened on the shared
 * screen): product IDs and hashes masked, as on the devices page's export.
 */
export function maskedForPresenting(device: Readonly<DeviceToUpload>): DeviceToUpload {
  return {
    ...device,
    ...(device.productKey ? { productKey: maskSecret(device.productKey, 4) } : {}),
    ...(device.hardwareHash ? { hardwareHash: maskSecret(device.hardwareHash) } : {}),
  };
}
