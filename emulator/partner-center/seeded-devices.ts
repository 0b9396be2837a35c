import { generateDevices } from '../seed/device-factory';
import type { BatchRecord, CustomerRecord, DeviceRecord } from '../seed/seed-records';

const generationChunk = 500;

/**
 * Visits every device the seed gives a customer, batch by batch, as many as each batch serves.
 * Devices are generated, never stored (seed/device-factory.ts): for the 10,000-device batch this
 * takes a few hundred milliseconds, so callers keep what they need of the walk, once per customer.
 */
export function forEachSeededDevice(
  customer: CustomerRecord,
  visit: (batch: BatchRecord, index: number, device: DeviceRecord) => void,
): void {
  for (const batch of customer.batches) {
    for (let offset = 0; offset < batch.devicesServed; offset += generationChunk) {
      const count = Math.min(generationChunk, batch.devicesServed - offset);
      for (const [position, device] of generateDevices(
        batch.deviceSource,
        offset,
        count,
      ).entries()) {
        visit(batch, offset + position, device);
      }
    }
  }
}
