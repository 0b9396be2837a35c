import { randomUUID } from 'node:crypto';
import { devicesRegisteredElsewhere } from '../../seed/devices-registered-elsewhere';
import { formatDotNetDate } from '../../seed/dotnet-dates';
import { partnerTenantName } from '../../seed/named-batches';
import type { CustomerRecord } from '../../seed/seed-records';
import { deviceKeys } from './device-keys';
import { judgeDevices, type DeviceUploadError } from './device-outcomes';
import { seededDeviceKeys } from './seeded-device-keys';
import type { DeviceInput } from './upload-body';
import { uploadCompletesAt, uploadStageAt } from './upload-timeline';

/**
 * What uploads have changed, per emulator process and in memory, layered on the seed catalogue,
 * which never changes: the batches uploads created, the devices they added (to those batches or
 * to seeded ones) and every upload's progress (docs/partner-center-api.md §15).
 *
 * An upload creates its batch at once, with no devices; its devices are judged and added when it
 * finishes (upload-timeline.ts). Nothing runs in the background: each read first finishes the
 * uploads that are due, oldest first, so the results depend only on the order of the uploads and
 * the clock. Uploads to one customer never change what another customer's uploads find, so tests
 * that use different customers can share an emulator.
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
  readonly status: UploadStatus;
}

export type UploadStatus = 'queued' | 'processing' | 'finished' | 'finished_with_errors';

/** One device of an upload: as sent, and once finished, its new id or its error. */
export interface UploadedDeviceStatus {
  readonly serialNumber?: string;
  readonly productKey?: string;
  readonly deviceId?: string;
  readonly error?: DeviceUploadError;
}

export interface UploadSnapshot {
  readonly trackingId: string;
  readonly batchId: string;
  readonly status: UploadStatus;
  readonly startedAt: number;
  /** Only once finished. */
  readonly completedAt?: number;
  readonly devices: readonly UploadedDeviceStatus[];
}

export interface DeviceRegistrations {
  /** The upload step in milliseconds (`EMULATOR_UPLOAD_STEP_MS`). */
  readonly stepMs: number;
  now(): number;
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
  /** The devices uploads added to a batch (seeded or created), in the order they were added. */
  addedDevices(customerId: string, batchId: string): readonly RegisteredDevice[];
  upload(customerId: string, trackingId: string): UploadSnapshot | undefined;
  /** Forgets one customer's uploads, or everyone's; returns how many uploads were forgotten. */
  forget(customerId?: string): number;
}

interface UploadState {
  readonly trackingId: string;
  readonly customerId: string;
  readonly batchId: string;
  readonly acceptedAt: number;
  readonly uploadedBy: string | undefined;
  /** Until the upload finishes; dropped after, so finished uploads keep no hashes. */
  pendingDevices: readonly DeviceInput[] | undefined;
  devices: readonly UploadedDeviceStatus[];
  failures: number;
}

interface CreatedBatchState {
  readonly id: string;
  readonly creationDate: string;
  latestUpload: UploadState;
}

interface CustomerState {
  readonly customer: CustomerRecord;
  readonly createdBatches: CreatedBatchState[];
  /** Lower-cased batch id → devices added to it. */
  readonly addedDevices: Map<string, RegisteredDevice[]>;
  /** Lower-cased tracking id → upload. */
  readonly uploads: Map<string, UploadState>;
  /** Keys of every device the customer has, seeded or added; built at its first finished upload. */
  registeredKeys: Set<string> | undefined;
}

const keysHeldElsewhere = new Set(devicesRegisteredElsewhere.flatMap(deviceKeys));

/** Dates of uploads: UTC with seven fraction digits, one of the forms of §5. */
const dotNetUtc = (epochMs: number): string => formatDotNetDate(epochMs, 'utc', 0, 0, 7);

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const labelOf = ({ serialNumber, productKey }: DeviceInput): UploadedDeviceStatus => ({
  ...(serialNumber !== undefined && { serialNumber }),
  ...(productKey !== undefined && { productKey }),
});

export function createDeviceRegistrations({
  stepMs,
  now = Date.now,
}: {
  readonly stepMs: number;
  readonly now?: () => number;
}): DeviceRegistrations {
  const customers = new Map<string, CustomerState>();
  /** Unfinished uploads, oldest first: with one step for all, also the order they finish in. */
  let pending: UploadState[] = [];

  const stateOf = (customer: CustomerRecord): CustomerState => {
    const existing = customers.get(customer.id);
    if (existing !== undefined) return existing;
    const created: CustomerState = {
      customer,
      createdBatches: [],
      addedDevices: new Map(),
      uploads: new Map(),
      registeredKeys: undefined,
    };
    customers.set(customer.id, created);
    return created;
  };

  function finish(upload: UploadState): void {
    const state = customers.get(upload.customerId);
    const devices = upload.pendingDevices;
    if (state === undefined || devices === undefined) return;
    const registeredKeys = (state.registeredKeys ??= seededDeviceKeys(state.customer));
    const outcomes = judgeDevices(devices, {
      heldElsewhere: (key) => keysHeldElsewhere.has(key),
      heldByCustomer: (key) => registeredKeys.has(key),
    });
    const batchKey = upload.batchId.toLowerCase();
    const added = state.addedDevices.get(batchKey) ?? [];
    state.addedDevices.set(batchKey, added);
    const uploadedDate = dotNetUtc(uploadCompletesAt(upload.acceptedAt, stepMs));
    upload.devices = devices.map((device, index): UploadedDeviceStatus => {
      const outcome = outcomes[index];
      if (outcome === undefined || !outcome.registered) {
        upload.failures += 1;
        return { ...labelOf(device), ...(outcome && { error: outcome.error }) };
      }
      const registered: RegisteredDevice = {
        id: randomUUID(),
        ...device,
        uploadedDate,
        ...(upload.uploadedBy !== undefined && { uploadedBy: upload.uploadedBy }),
      };
      added.push(registered);
      for (const key of outcome.keys) registeredKeys.add(key);
      return { deviceId: registered.id, ...labelOf(device) };
    });
    upload.pendingDevices = undefined;
  }

  /** Finishes every upload that is due, oldest first. */
  function settle(): void {
    const time = now();
    while (pending[0] !== undefined && uploadCompletesAt(pending[0].acceptedAt, stepMs) <= time) {
      const [due] = pending.splice(0, 1);
      if (due !== undefined) finish(due);
    }
  }

  /** Finished only once judged, even if the clock has moved past the end since `settle`. */
  function statusOf(upload: UploadState): UploadStatus {
    if (upload.pendingDevices !== undefined) {
      return uploadStageAt(upload.acceptedAt, now(), stepMs) === 'queued' ? 'queued' : 'processing';
    }
    return upload.failures > 0 ? 'finished_with_errors' : 'finished';
  }

  /** Records an upload; the caller settles after, so an upload with a step of 0 finishes at once. */
  function enqueue(
    state: CustomerState,
    batchId: string,
    devices: readonly DeviceInput[],
    uploadedBy: string | undefined,
  ): UploadState {
    const upload: UploadState = {
      trackingId: randomUUID(),
      customerId: state.customer.id,
      batchId,
      acceptedAt: now(),
      uploadedBy,
      pendingDevices: devices,
      devices: devices.map(labelOf),
      failures: 0,
    };
    state.uploads.set(upload.trackingId, upload);
    pending.push(upload);
    return upload;
  }

  const findBatchId = (customer: CustomerRecord, batchId: string): string | undefined =>
    customer.batches.find((batch) => sameId(batch.id, batchId))?.id ??
    customers.get(customer.id)?.createdBatches.find((batch) => sameId(batch.id, batchId))?.id;

  return {
    stepMs,
    now,
    findBatchId,
    createBatch(customer, batchId, devices, uploadedBy) {
      settle();
      if (findBatchId(customer, batchId) !== undefined) return undefined;
      const state = stateOf(customer);
      const upload = enqueue(state, batchId, devices, uploadedBy);
      // The batch exists from now on, with no devices until its first upload has finished.
      state.createdBatches.push({
        id: batchId,
        creationDate: dotNetUtc(upload.acceptedAt),
        latestUpload: upload,
      });
      settle();
      return { trackingId: upload.trackingId };
    },
    addDevices(customer, batchId, devices, uploadedBy) {
      settle();
      const state = stateOf(customer);
      const upload = enqueue(state, batchId, devices, uploadedBy);
      const created = state.createdBatches.find((batch) => sameId(batch.id, batchId));
      if (created !== undefined) created.latestUpload = upload;
      settle();
      return { trackingId: upload.trackingId };
    },
    createdBatches(customerId) {
      settle();
      const state = customers.get(customerId.toLowerCase());
      if (state === undefined) return [];
      return state.createdBatches.map((batch) => ({
        id: batch.id,
        creationDate: batch.creationDate,
        createdBy: partnerTenantName,
        devicesCount: state.addedDevices.get(batch.id.toLowerCase())?.length ?? 0,
        status: statusOf(batch.latestUpload),
      }));
    },
    addedDevices(customerId, batchId) {
      settle();
      return customers.get(customerId.toLowerCase())?.addedDevices.get(batchId.toLowerCase()) ?? [];
    },
    upload(customerId, trackingId) {
      settle();
      const upload = customers.get(customerId.toLowerCase())?.uploads.get(trackingId.toLowerCase());
      if (upload === undefined) return undefined;
      const status = statusOf(upload);
      const finished = status === 'finished' || status === 'finished_with_errors';
      return {
        trackingId: upload.trackingId,
        batchId: upload.batchId,
        status,
        startedAt: upload.acceptedAt,
        ...(finished && { completedAt: uploadCompletesAt(upload.acceptedAt, stepMs) }),
        devices: upload.devices,
      };
    },
    forget(customerId) {
      const forgotten =
        customerId === undefined
          ? [...customers.values()]
          : [customers.get(customerId.toLowerCase())].filter((state) => state !== undefined);
      for (const state of forgotten) customers.delete(state.customer.id);
      const forgottenIds = new Set(forgotten.map((state) => state.customer.id));
      pending = pending.filter((upload) => !forgottenIds.has(upload.customerId));
      return forgotten.reduce((count, state) => count + state.uploads.size, 0);
    },
  };
}
