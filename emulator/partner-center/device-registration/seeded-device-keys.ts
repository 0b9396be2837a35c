import { generateDevices } from '../../seed/device-factory';
import type { CustomerRecord } from '../../seed/seed-records';
import { deviceKeys } from './device-keys';

const generationChunk = 500;

/**
 * The keys (device-keys.ts) of every device the seed gives a customer, as the API shows them: a
 * hash-only device is known by its hash alone. Generating them takes about a second for the
 * 10,000-device batch, so the registry asks once per customer, at that customer's first finished
 * upload.
 */
export function seededDeviceKeys(customer: CustomerRecord): Set<string> {
  const keys = new Set<string>();
  for (const batch of customer.batches) {
    for (let offset = 0; offset < batch.devicesServed; offset += generationChunk) {
      const count = Math.min(generationChunk, batch.devicesServed - offset);
      for (const device of generateDevices(batch.deviceSource, offset, count)) {
        const shown = device.hashOnly === true ? { hardwareHash: device.hardwareHash } : device;
        for (const key of deviceKeys(shown)) keys.add(key);
      }
    }
  }
  return keys;
}
