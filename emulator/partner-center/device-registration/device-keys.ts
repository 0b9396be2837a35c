import { createHash } from 'node:crypto';

/**
 * The values by which the emulator recognises a device it has seen before: its hardware hash, its
 * serial number and its product key. Any one in common makes two devices the same device. Serial
 * numbers and product keys are compared without regard to case or surrounding spaces; hashes
 * exactly, kept as a SHA-256 digest so that remembering 10,000 devices does not keep 50 MB of
 * hashes.
 */
export interface IdentifiedDevice {
  readonly hardwareHash?: string;
  readonly serialNumber?: string;
  readonly productKey?: string;
}

export function deviceKeys(device: IdentifiedDevice): string[] {
  const keys: string[] = [];
  if (device.hardwareHash !== undefined) {
    keys.push(`hash:${createHash('sha256').update(device.hardwareHash).digest('base64')}`);
  }
  if (device.serialNumber !== undefined) {
    keys.push(`serial:${device.serialNumber.trim().toUpperCase()}`);
  }
  if (device.productKey !== undefined) {
    keys.push(`product-key:${device.productKey.trim().toUpperCase()}`);
  }
  return keys;
}
