import { generateDevices } from '../seed/device-factory';
import type { PollingStage } from '../seed/polling-progress';
import type { BatchRecord, CustomerRecord } from '../seed/seed-records';
import type { DeviceRegistrations } from './device-registration/device-registrations';
import { registeredDeviceResource } from './device-registration/upload-resources';
import { deviceResource, type BatchSummary } from './device-resources';

/**
 * A customer's batches and devices as the API shows them: the seed's, then what uploads changed
 * (device-registration/device-registrations.ts). Seeded batches come first, in the seed's order,
 * then the batches uploads created, oldest first; a batch's devices are the seeded ones, then the
 * uploaded ones. Without uploads everything is exactly the seed's.
 */
export interface ListedBatch extends BatchSummary {
  readonly status: string | undefined;
}

const statusAt = (batch: BatchRecord, stage: PollingStage | undefined): string | undefined =>
  batch.statusProgression === undefined || stage === undefined
    ? batch.status
    : batch.statusProgression[stage];

/** `stage`: where the polling customer's batches are in this response, when it has any. */
export function listCustomerBatches(
  customer: CustomerRecord,
  registrations: DeviceRegistrations,
  stage: PollingStage | undefined,
): ListedBatch[] {
  const seeded = customer.batches.map((batch): ListedBatch => ({
    id: batch.id,
    creationDate: batch.creationDate,
    devicesCount: batch.devicesCount + registrations.addedDevices(customer.id, batch.id).length,
    ...(batch.createdBy !== undefined && { createdBy: batch.createdBy }),
    status: statusAt(batch, stage),
  }));
  return [...seeded, ...registrations.createdBatches(customer.id)];
}

/** A batch's devices, as API resources, a page at a time. */
export interface BatchDevices {
  /** The batch id as stored (the path may spell it in another case). */
  readonly id: string;
  readonly total: number;
  page(offset: number, count: number): unknown[];
}

export function findBatchDevices(
  customer: CustomerRecord,
  batchId: string,
  registrations: DeviceRegistrations,
): BatchDevices | undefined {
  const id = registrations.findBatchId(customer, batchId);
  if (id === undefined) return undefined;
  const seeded = customer.batches.find((batch) => batch.id === id);
  const seededCount = seeded?.devicesServed ?? 0;
  const added = registrations.addedDevices(customer.id, id);
  const forms = customer.wireForms;
  return {
    id,
    total: seededCount + added.length,
    page(offset, count) {
      const fromSeed =
        seeded === undefined || offset >= seededCount
          ? []
          : generateDevices(seeded.deviceSource, offset, Math.min(count, seededCount - offset));
      const addedStart = Math.max(0, offset - seededCount);
      const fromUploads = added.slice(addedStart, addedStart + count - fromSeed.length);
      return [
        ...fromSeed.map((device) => deviceResource(device, forms)),
        ...fromUploads.map((device) => registeredDeviceResource(device, forms)),
      ];
    },
  };
}
