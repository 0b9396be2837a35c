import { createRandom, type Random } from './random';

/**
 * Hardware hashes shaped like the 4K hashes Windows reports (docs/partner-center-api.md §15): the
 * base64 of 4,000 bytes that start as a real one does, so the hash encodes to "T0FiAwEAHAAAAAoA…".
 */
const hardwareHashHeader = [0x4f, 0x41, 0x62, 0x03, 0x01, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x0a, 0x00];
export const hardwareHashBytes = 4000;

/** A hash drawn from `random` (a device's own stream, so the seed decides it). */
export function hardwareHashFrom(random: Random): string {
  const bytes = random.bytes(hardwareHashBytes);
  bytes.set(hardwareHashHeader);
  return Buffer.from(bytes).toString('base64');
}

/**
 * A valid hash that depends on `key` alone, never on `EMULATOR_SEED`: for fixtures that tests and
 * CSV files name (see devices-registered-elsewhere.ts), and for tests that need a fresh device.
 */
export const exampleHardwareHash = (key: string): string =>
  hardwareHashFrom(createRandom(`hardware-hash/${key}`));
