import { randomUUID } from 'node:crypto';
import { devicesRegisteredElsewhere } from '../../emulator/seed/devices-registered-elsewhere';
import { exampleHardwareHash } from '../../emulator/seed/hardware-hashes';

/** One device row of a Partner Center CSV. */
export interface CsvDevice {
  readonly serialNumber: string;
  readonly productKey?: string;
  readonly hardwareHash: string;
  readonly manufacturer: string;
  readonly model: string;
}

const header =
  'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model';

/**
 * Devices no test has registered yet: serial numbers under a prefix of their own (the emulator
 * keeps what was registered for its whole run, and the suite's tests run side by side), each with
 * a valid 4K-shaped hash.
 */
export function freshDevices(count: number): CsvDevice[] {
  const prefix = `E2E${randomUUID().slice(0, 6).toUpperCase()}`;
  return Array.from({ length: count }, (_, index) => {
    const serialNumber = `${prefix}${String(index).padStart(3, '0')}`;
    return {
      serialNumber,
      hardwareHash: exampleHardwareHash(serialNumber),
      manufacturer: 'Dell Inc.',
      model: 'Latitude 5440',
    };
  });
}

/** The emulator's devices still registered to another organisation: Partner Center answers 808. */
export const devicesOfAnotherOrganisation: CsvDevice[] = devicesRegisteredElsewhere.map(
  (device) => ({
    serialNumber: device.serialNumber,
    hardwareHash: device.hardwareHash,
    manufacturer: device.oemManufacturerName,
    model: device.modelName,
  }),
);

/** A Partner Center CSV as Get-WindowsAutopilotInfo -Partner writes it: CRLF lines, no quotes. */
export function partnerCenterCsv(devices: readonly CsvDevice[]): string {
  const lines = devices.map((device) =>
    [
      device.serialNumber,
      device.productKey ?? '',
      device.hardwareHash,
      device.manufacturer,
      device.model,
    ].join(','),
  );
  return [header, ...lines, ''].join('\r\n');
}

/** A file for Playwright's setInputFiles. */
export function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}
