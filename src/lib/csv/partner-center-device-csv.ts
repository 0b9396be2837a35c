import { encodeCsv } from '@/lib/csv/encode-csv';
import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';

/**
 * The header of a Partner Center device CSV, as Get-WindowsAutopilotInfo -Partner writes it and
 * the Partner Center portal and this dashboard's upload page read it (docs/partner-center-api.md §17).
 */
export const partnerCenterCsvHeaders = [
  'Device Serial Number',
  'Windows Product ID',
  'Hardware Hash',
  'Manufacturer name',
  'Device model',
] as const;

/** One device of the file, and the values of any columns after the five (e.g. why it failed). */
export interface PartnerCenterCsvRow {
  readonly device: Readonly<DeviceToUpload>;
  readonly extra?: readonly string[];
}

const hashColumn = 2;
const isBase64 = (value: string) => /^[A-Za-z0-9+/]*={0,2}$/.test(value);

/**
 * A CSV of devices in Partner Center's five columns, then `extraHeadings` (which the upload page
 * reads as columns not sent), so the devices can be registered again from it. A base64 hash is
 * written verbatim (it may start with "+", and base64 cannot call a function); every other cell
 * gets the spreadsheet formula guard.
 */
export function partnerCenterDeviceCsv(
  rows: readonly PartnerCenterCsvRow[],
  extraHeadings: readonly string[] = [],
): string {
  return encodeCsv(
    [
      [...partnerCenterCsvHeaders, ...extraHeadings],
      ...rows.map(({ device, extra = [] }) => [
        device.serialNumber ?? '',
        device.productKey ?? '',
        device.hardwareHash ?? '',
        device.oemManufacturerName ?? '',
        device.modelName ?? '',
        ...extra,
      ]),
    ],
    { isVerbatim: (value, column) => column === hashColumn && isBase64(value) },
  );
}
