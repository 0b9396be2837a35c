import { generateDevices } from '../seed/device-factory';
import type { PollingStage } from '../seed/polling-progress';
import type { BatchRecord, CustomerRecord } from '../seed/seed-records';
import type { ApiServices } from './api-request';
import type { DeviceRegistrations } from './device-registration/device-registrations';
import { deviceOperations } from './device-management/changeable-devices';
import { profileNameResolver } from './device-management/profile-usage';
import { deviceResource, listedSeededDevice, type BatchSummary } from './device-resources';

/**
 * A customer's batches and devices as the API shows them: the seed's, then what writes changed
 * (device-registration/device-registrations.ts, device-management/). Seeded batches come first, in
 * the seed's order, then the batches uploads created, oldest first; a batch's devices are the
 * seeded ones it still has, then the uploaded ones. Without writes everything is exactly the seed's.
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
    devicesCount:
      batch.devicesCount +
      registrations.addedDevices(customer.id, batch.id).length -
      registrations.removedSeededIndexes(customer.id, batch.id).length,
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

/**
 * The seed's indexes of up to `count` devices from position `offset` of those the batch still has,
 * passing over the deregistered ones (`removed`, ascending).
 */
export function seededIndexes(
  offset: number,
  count: number,
  removed: readonly number[],
  served: number,
): number[] {
  let index = offset;
  for (const gap of removed) if (gap <= index) index += 1;
  const skipped = new Set(removed);
  const indexes: number[] = [];
  for (; indexes.length < count && index < served; index += 1) {
    if (!skipped.has(index)) indexes.push(index);
  }
  return indexes;
}

export function findBatchDevices(
  customer: CustomerRecord,
  batchId: string,
  { registrations, profiles }: Pick<ApiServices, 'registrations' | 'profiles'>,
): BatchDevices | undefined {
  const id = registrations.findBatchId(customer, batchId);
  if (id === undefined) return undefined;
  const seeded = customer.batches.find((batch) => batch.id === id);
  const removed = registrations.removedSeededIndexes(customer.id, id);
  const seededCount = (seeded?.devicesServed ?? 0) - removed.length;
  const added = registrations.addedDevices(customer.id, id);
  const forms = customer.wireForms;
  const allowedOperations = deviceOperations(customer, id);
  return {
    id,
    total: seededCount + added.length,
    page(offset, count) {
      const profileName = profileNameResolver(customer, profiles);
      const fromSeed =
        seeded === undefined || offset >= seededCount
          ? []
          : seededIndexes(offset, count, removed, seeded.devicesServed).flatMap((index) =>
              generateDevices(seeded.deviceSource, index, 1),
            );
      const addedStart = Math.max(0, offset - seededCount);
      const fromUploads = added.slice(addedStart, addedStart + count - fromSeed.length);
      return [
        ...fromSeed.map((device) =>
          deviceResource(
            listedSeededDevice(device),
            { profileName: profileName(device.id, device.profileName), allowedOperations },
            forms,
          ),
        ),
        ...fromUploads.map((device) =>
          deviceResource(
            device,
            { profileName: profileName(device.id, undefined), allowedOperations },
            forms,
          ),
        ),
      ];
    },
  };
}
