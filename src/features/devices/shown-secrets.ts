import { maskEmailAddresses } from '@/lib/presenter/mask-email-addresses';
import { maskSecret } from '@/lib/presenter/mask-secret';
import type { DeviceRow } from './device-row';
import { shortenHash } from './shorten-hash';

/**
 * The secrets of a device as the table shows them, on screen, on paper and in an export alike. In
 * presenter mode (`masked`) a product key keeps only its last four characters, a hardware hash
 * nothing, and an uploader's email address only its domain: partner staff, the signed-in presenter
 * among them, are not named on a shared screen.
 */
export const shownProductKey = (key: string, masked: boolean): string =>
  masked ? maskSecret(key, 4) : key;

export const shownHardwareHash = (hash: string, masked: boolean): string =>
  masked ? maskSecret(hash) : shortenHash(hash);

export const shownUploader = (uploadedBy: string, masked: boolean): string =>
  masked ? maskEmailAddresses(uploadedBy) : uploadedBy;

/** A device as presenter mode lets it leave the screen, e.g. in a CSV export. */
export const maskedDeviceRow = (row: DeviceRow): DeviceRow => ({
  ...row,
  productKey: row.productKey && shownProductKey(row.productKey, true),
  hardwareHash: row.hardwareHash && maskSecret(row.hardwareHash),
  uploadedBy: row.uploadedBy && shownUploader(row.uploadedBy, true),
});
