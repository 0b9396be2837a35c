import { randomUUID } from 'node:crypto';
import { devicesRegisteredElsewhere } from '../../seed/devices-registered-elsewhere';
import { dotNetUtcDate } from '../../seed/dotnet-dates';
import { partnerTenantName } from '../../seed/named-batches';
import type { CustomerRecord } from '../../seed/seed-records';
import {
  jobDeviceLabel,
  type BatchJobDevice,
  type BatchJobQueue,
  type BatchJobStatus,
} from '../batch-jobs/batch-job-queue';
import { deviceKeys, type IdentifiedDevice } from './device-keys';
import { judgeDevices } from './device-outcomes';
import { seededDeviceKeys } from './seeded-device-keys';
import type { DeviceInput } from './upload-body';

/**
 * Which devices a customer has, as writes have changed them, per emulator process and in memory,
 * layered on the seed catalogue, which never changes: the batches uploads created, the devices
 * they added (to those batches or to seeded ones), and the devices deregistered since
 * (docs/partner-center-api.md §15, §16).
 *
 * An upload is a batch job (batch-jobs/batch-job-queue.ts): it creates its batch at once, with no
 * devices; its devices are judged and added when it finishes. Each read first settles the job
 * queue, so the results depend only on the order of the requests and the clock. Uploads to one
 * customer never change what another customer's uploads find, so tests that use different
 * customers can share an emulator. A deregistered device's hash, serial number and product key are
 * free again: the device may be uploaded anew.
 */
export interface RegisteredDevice {
  readonly id: string;
  readonly hardwareHash?: string;
  readonly productKey?: string;
  readonly serialNumber?: string;
  readonly oemManufacturerName?: string;
  readonly modelName?: string;
  readonly uploadedDate: string;
  readonly uploadedBy?: string;
}

/** A batch an upload created, as the batch list shows it. */
export interface CreatedBatch {
  readonly id: string;
  readonly creationDate: string;
  readonly createdBy: string;
  readonly devicesCount: number;
  /** The status of the latest upload to the batch. */
  readonly status: BatchJobStatus;
}

/** A device an upload added, and the batch (as stored) it was added to. */
export interface AddedDevice {
  readonly batchId: string;
  readonly device: RegisteredDevice;
}

export interface DeviceRegistrations {
  /** The stored id of a seeded or created batch, matched without regard to case. */
  findBatchId(customer: CustomerRecord, batchId: string): string | undefined;
  /** A new batch and its first upload; `undefined` when the customer has the batch already. */
  createBatch(
    customer: CustomerRecord,
    batchId: string,
    devices: readonly DeviceInput[],
    uploadedBy: string | undefined,
  ): { readonly trackingId: string } | undefined;
  /** An upload to a batch the customer has (`batchId` as `findBatchId` gives it). */
  addDevices(
    customer: CustomerRecord,
    batchId: string,
    devices: readonly DeviceInput[],
    uploadedBy: string | undefined,
  ): { readonly trackingId: string };
  /** The customer's batches created by uploads, oldest first. */
  createdBatches(customerId: string): readonly CreatedBatch[];
  /** The devices uploads added to a batch (seeded or created) and it still has, oldest first. */
  addedDevices(customerId: string, batchId: string): readonly RegisteredDevice[];
  /** A device an upload added and the customer still has, by its id (exactly). */
  findAddedDevice(customerId: string, deviceId: string): AddedDevice | undefined;
  /** The indexes of a seeded batch's devices that were deregistered, ascending. */
  removedSeededIndexes(customerId: string, batchId: string): readonly number[];
  /** Deregisters a seeded device; `shown` is the device as the API shows it (for its keys). */
  removeSeededDevice(
    customer: CustomerRecord,
    batchId: string,
    index: number,
    shown: IdentifiedDevice,
  ): void;
  /** Deregisters a device an upload added. */
  removeAddedDevice(customerId: string, deviceId: string): void;
  /** Forgets what writes changed for one customer, or for everyone. */
  forget(customerId?: string): void;
}

interface CreatedBatchState {
  readonly id: string;
  readonly creationDate: string;
  latestTrackingId: string;
}

interface CustomerState {
  readonly customer: CustomerRecord;
  readonly createdBatches: CreatedBatchState[];
  /** Lower-cased batch id → devices added to it. */
  readonly addedDevices: Map<string, RegisteredDevice[]>;
  /** Added device id → the id of the batch it was added to, as stored. */
  readonly addedDeviceBatches: Map<string, string>;
  /** Lower-cased batch id → indexes of the seeded batch's devices deregistered, ascending. */
  readonly removedSeeded: Map<string, number[]>;
  /** Keys of every device the customer has, seeded or added; built at its first finished upload. */
  registeredKeys: Set<string> | undefined;
}

const keysHeldElsewhere = new Set(devicesRegisteredElsewhere.flatMap(deviceKeys));

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function createDeviceRegistrations(jobs: BatchJobQueue): DeviceRegistrations {
  const customers = new Map<string, CustomerState>();

  const stateOf = (customer: CustomerRecord): CustomerState => {
    const existing = customers.get(customer.id);
    if (existing !== undefined) return existing;
    const created: CustomerState = {
      customer,
      createdBatches: [],
      addedDevices: new Map(),
      addedDeviceBatches: new Map(),
      removedSeeded: new Map(),
      registeredKeys: undefined,
    };
    customers.set(customer.id, created);
    return created;
  };

  /** Reads of one customer's state, after the due jobs have run. */
  const settledState = (customerId: string): CustomerState | undefined => {
    jobs.settle();
    return customers.get(customerId.toLowerCase());
  };

  const isRemovedSeeded = (state: CustomerState, batchId: string, index: number): boolean =>
    state.removedSeeded.get(batchId.toLowerCase())?.includes(index) === true;

  function finish(
    customerId: string,
    batchId: string,
    devices: readonly DeviceInput[],
    uploadedBy: string | undefined,
    completedAt: number,
  ): readonly BatchJobDevice[] {
    const state = customers.get(customerId);
    if (state === undefined) return devices.map(jobDeviceLabel);
    const registeredKeys = (state.registeredKeys ??= seededDeviceKeys(
      state.customer,
      (seededBatchId, index) => isRemovedSeeded(state, seededBatchId, index),
    ));
    const outcomes = judgeDevices(devices, {
      heldElsewhere: (key) => keysHeldElsewhere.has(key),
      heldByCustomer: (key) => registeredKeys.has(key),
    });
    const batchKey = batchId.toLowerCase();
    const added = state.addedDevices.get(batchKey) ?? [];
    state.addedDevices.set(batchKey, added);
    const uploadedDate = dotNetUtcDate(completedAt);
    return devices.map((device, index): BatchJobDevice => {
      const outcome = outcomes[index];
      if (outcome === undefined || !outcome.registered) {
        return { ...jobDeviceLabel(device), ...(outcome && { error: outcome.error }) };
      }
      const registered: RegisteredDevice = {
        id: randomUUID(),
        ...device,
        uploadedDate,
        ...(uploadedBy !== undefined && { uploadedBy }),
      };
      added.push(registered);
      state.addedDeviceBatches.set(registered.id, batchId);
      for (const key of outcome.keys) registeredKeys.add(key);
      return { deviceId: registered.id, ...jobDeviceLabel(device) };
    });
  }

  /** Accepts an upload as a job; settled after, so a step of 0 finishes it at once. */
  function enqueue(
    state: CustomerState,
    batchId: string,
    devices: readonly DeviceInput[],
    uploadedBy: string | undefined,
  ): string {
    const customerId = state.customer.id;
    return jobs.enqueue(customerId, devices.map(jobDeviceLabel), (completedAt) =>
      finish(customerId, batchId, devices, uploadedBy, completedAt),
    );
  }

  const findBatchId = (customer: CustomerRecord, batchId: string): string | undefined =>
    customer.batches.find((batch) => sameId(batch.id, batchId))?.id ??
    customers.get(customer.id)?.createdBatches.find((batch) => sameId(batch.id, batchId))?.id;

  const releaseKeys = (state: CustomerState, device: IdentifiedDevice): void => {
    for (const key of deviceKeys(device)) state.registeredKeys?.delete(key);
  };

  return {
    findBatchId,
    createBatch(customer, batchId, devices, uploadedBy) {
      jobs.settle();
      if (findBatchId(customer, batchId) !== undefined) return undefined;
      const state = stateOf(customer);
      const trackingId = enqueue(state, batchId, devices, uploadedBy);
      // The batch exists from now on, with no devices until its first upload has finished.
      state.createdBatches.push({
        id: batchId,
        creationDate: dotNetUtcDate(jobs.now()),
        latestTrackingId: trackingId,
      });
      jobs.settle();
      return { trackingId };
    },
    addDevices(customer, batchId, devices, uploadedBy) {
      jobs.settle();
      const state = stateOf(customer);
      const trackingId = enqueue(state, batchId, devices, uploadedBy);
      const created = state.createdBatches.find((batch) => sameId(batch.id, batchId));
      if (created !== undefined) created.latestTrackingId = trackingId;
      jobs.settle();
      return { trackingId };
    },
    createdBatches(customerId) {
      const state = settledState(customerId);
      if (state === undefined) return [];
      return state.createdBatches.map((batch) => ({
        id: batch.id,
        creationDate: batch.creationDate,
        createdBy: partnerTenantName,
        devicesCount: state.addedDevices.get(batch.id.toLowerCase())?.length ?? 0,
        status: jobs.snapshot(state.customer.id, batch.latestTrackingId)?.status ?? 'finished',
      }));
    },
    addedDevices(customerId, batchId) {
      return settledState(customerId)?.addedDevices.get(batchId.toLowerCase()) ?? [];
    },
    findAddedDevice(customerId, deviceId) {
      const state = settledState(customerId);
      const batchId = state?.addedDeviceBatches.get(deviceId);
      if (state === undefined || batchId === undefined) return undefined;
      const device = state.addedDevices
        .get(batchId.toLowerCase())
        ?.find((candidate) => candidate.id === deviceId);
      return device === undefined ? undefined : { batchId, device };
    },
    removedSeededIndexes(customerId, batchId) {
      return settledState(customerId)?.removedSeeded.get(batchId.toLowerCase()) ?? [];
    },
    removeSeededDevice(customer, batchId, index, shown) {
      jobs.settle();
      const state = stateOf(customer);
      const batchKey = batchId.toLowerCase();
      const removed = state.removedSeeded.get(batchKey) ?? [];
      if (removed.includes(index)) return;
      state.removedSeeded.set(
        batchKey,
        [...removed, index].sort((a, b) => a - b),
      );
      releaseKeys(state, shown);
    },
    removeAddedDevice(customerId, deviceId) {
      const state = settledState(customerId);
      const batchId = state?.addedDeviceBatches.get(deviceId);
      if (state === undefined || batchId === undefined) return;
      const batchKey = batchId.toLowerCase();
      const added = state.addedDevices.get(batchKey) ?? [];
      const device = added.find((candidate) => candidate.id === deviceId);
      state.addedDevices.set(
        batchKey,
        added.filter((candidate) => candidate !== device),
      );
      state.addedDeviceBatches.delete(deviceId);
      if (device !== undefined) releaseKeys(state, device);
    },
    forget(customerId) {
      if (customerId === undefined) customers.clear();
      else customers.delete(customerId.toLowerCase());
    },
  };
}
