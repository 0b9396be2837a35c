import type { CustomerRecord } from '../../seed/seed-records';
import { listedSeededDevice } from '../device-resources';
import { forEachSeededDevice } from '../seeded-devices';
import { deviceKeys } from './device-keys';

/**
 * The keys (device-keys.ts) of every device the seed gives a customer and the customer still has,
 * as the API shows them: a hash-only device is known by its hash alone. Generating them takes about
 * a second for the 10,000-device batch, so the registry asks once per customer, at that customer's
 * first finished upload. `removed` tells which seeded devices were deregistered before that.
 */
export function seededDeviceKeys(
  customer: CustomerRecord,
  removed: (batchId: string, index: number) => boolean,
): Set<string> {
  const keys = new Set<string>();
  forEachSeededDevice(customer, (batch, index, device) => {
    if (removed(batch.id, index)) return;
    for (const key of deviceKeys(listedSeededDevice(device))) keys.add(key);
  });
  return keys;
}
