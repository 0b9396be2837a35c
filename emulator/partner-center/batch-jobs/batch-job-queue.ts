import { randomUUID } from 'node:crypto';
import { jobCompletesAt, jobStageAt } from './batch-job-timeline';

/**
 * The work Partner Center accepts with a 202 and reports on at `batchJobStatus/{trackingId}`
 * (docs/partner-center-api.md §6.6, §15, §16): uploads of devices and profile assignments, one
 * queue for both, per emulator process and in memory.
 *
 * A job is accepted with its devices as the request named them, and runs once, when it is due
 * (batch-job-timeline.ts). Nothing runs in the background: every read of what jobs change first
 * settles the queue, running the due jobs oldest first, so results depend only on the order of the
 * requests and the clock. A tracking id is known only to the customer the job was for.
 */
export type BatchJobStatus = 'queued' | 'processing' | 'finished' | 'finished_with_errors';

/** A device's own error, as BatchUploadDetails reports it (docs/partner-center-api.md §15.4). */
export interface DeviceJobError {
  readonly errorCode: string;
  readonly errorDescription: string;
}

/** One device of a job: how the request named it, and once run, its id or its error. */
export interface BatchJobDevice {
  readonly deviceId?: string;
  readonly serialNumber?: string;
  readonly productKey?: string;
  readonly error?: DeviceJobError;
}

/** How a job names a device it was sent: by the serial number and product key it has, if any. */
export const jobDeviceLabel = ({
  serialNumber,
  productKey,
}: {
  readonly serialNumber?: string;
  readonly productKey?: string;
}): BatchJobDevice => ({
  ...(serialNumber !== undefined && { serialNumber }),
  ...(productKey !== undefined && { productKey }),
});

export interface BatchJobSnapshot {
  readonly trackingId: string;
  readonly status: BatchJobStatus;
  readonly startedAt: number;
  /** Only once finished. */
  readonly completedAt?: number;
  readonly devices: readonly BatchJobDevice[];
}

/** Does a due job's work; returns each device's outcome, in the order the job listed them. */
export type BatchJobRun = (completedAt: number) => readonly BatchJobDevice[];

export interface BatchJobQueue {
  /** The step in milliseconds (`EMULATOR_UPLOAD_STEP_MS`). */
  readonly stepMs: number;
  now(): number;
  /**
   * Accepts a job for a customer and returns its tracking id. It is not run here: the caller
   * settles once it has recorded what the job belongs to, so a step of 0 finishes it at once.
   */
  enqueue(customerId: string, devices: readonly BatchJobDevice[], run: BatchJobRun): string;
  /** Runs every job that is due, oldest first. */
  settle(): void;
  /** A job of this customer (tracking id in any case), after settling. */
  snapshot(customerId: string, trackingId: string): BatchJobSnapshot | undefined;
  /** Forgets one customer's jobs, running or not, or everyone's; returns how many. */
  forget(customerId?: string): number;
}

interface JobState {
  readonly trackingId: string;
  readonly customerId: string;
  readonly acceptedAt: number;
  /** Until the job has run; dropped then, so a finished upload keeps no hashes. */
  run: BatchJobRun | undefined;
  devices: readonly BatchJobDevice[];
}

export function createBatchJobQueue({
  stepMs,
  now = Date.now,
}: {
  readonly stepMs: number;
  readonly now?: () => number;
}): BatchJobQueue {
  /** Customer id (lower case) → tracking id (lower case) → job. */
  const jobs = new Map<string, Map<string, JobState>>();
  /** Jobs not yet run, oldest first: with one step for all, also the order they finish in. */
  let pending: JobState[] = [];
  /** A running job may read what jobs change; the queue is not settled again meanwhile. */
  let settling = false;

  function settle(): void {
    if (settling) return;
    settling = true;
    try {
      const time = now();
      while (pending[0] !== undefined && jobCompletesAt(pending[0].acceptedAt, stepMs) <= time) {
        const [due] = pending.splice(0, 1);
        if (due?.run !== undefined) {
          due.devices = due.run(jobCompletesAt(due.acceptedAt, stepMs));
          due.run = undefined;
        }
      }
    } finally {
      settling = false;
    }
  }

  /** Finished only once run, even if the clock has moved past the end since `settle`. */
  function statusOf(job: JobState): BatchJobStatus {
    if (job.run !== undefined) {
      return jobStageAt(job.acceptedAt, now(), stepMs) === 'queued' ? 'queued' : 'processing';
    }
    return job.devices.some((device) => device.error !== undefined)
      ? 'finished_with_errors'
      : 'finished';
  }

  return {
    stepMs,
    now,
    enqueue(customerId, devices, run) {
      const job: JobState = {
        trackingId: randomUUID(),
        customerId: customerId.toLowerCase(),
        acceptedAt: now(),
        run,
        devices,
      };
      const customerJobs = jobs.get(job.customerId) ?? new Map<string, JobState>();
      jobs.set(job.customerId, customerJobs);
      customerJobs.set(job.trackingId, job);
      pending.push(job);
      return job.trackingId;
    },
    settle,
    snapshot(customerId, trackingId) {
      settle();
      const job = jobs.get(customerId.toLowerCase())?.get(trackingId.toLowerCase());
      if (job === undefined) return undefined;
      const status = statusOf(job);
      return {
        trackingId: job.trackingId,
        status,
        startedAt: job.acceptedAt,
        ...(job.run === undefined && { completedAt: jobCompletesAt(job.acceptedAt, stepMs) }),
        devices: job.devices,
      };
    },
    forget(customerId) {
      const forgotten = customerId === undefined ? [...jobs.keys()] : [customerId.toLowerCase()];
      const count = forgotten.reduce((sum, id) => sum + (jobs.get(id)?.size ?? 0), 0);
      for (const id of forgotten) jobs.delete(id);
      const forgottenIds = new Set(forgotten);
      pending = pending.filter((job) => !forgottenIds.has(job.customerId));
      return count;
    },
  };
}
