import type {
  BatchJobStatus,
  DeviceUploadDetails,
} from '@/lib/partner-center/batch-job-status-schema';
import { isUploadRunning, readUploadStatus } from '@/lib/partner-center/upload-status';

/**
 * What happened to one device of a batch job (an upload, a profile assignment): still waiting,
 * done, or failed. A device still queued or in progress is waiting; one with an error code (or a
 * `finished_with_errors` status) failed; any other finished device succeeded. The docs' own example
 * gives a failed device the status `finished` with `errorCode` 808, so the code decides.
 */
export type JobDeviceOutcome = 'waiting' | 'succeeded' | 'failed';

export function jobDeviceOutcome(device: DeviceUploadDetails): JobDeviceOutcome {
  if (isUploadRunning(device.status)) return 'waiting';
  const code = device.errorCode?.trim() ?? '';
  if (code !== '' && code !== '0') return 'failed';
  return readUploadStatus(device.status) === 'finished_with_errors' ? 'failed' : 'succeeded';
}

/** Where a job of one or more requests stands, from the latest status of each request. */
export type JobStage =
  /** No request has answered yet. */
  | 'starting'
  /** At least one request is queued or processing. */
  | 'running'
  /** Every request finished and every device succeeded. */
  | 'finished'
  /** Every request finished; some devices failed. */
  | 'finishedWithErrors'
  /** A request's status is `unknown` or one the docs do not list: polling stops, "check again" stays. */
  | 'unclear';

export interface JobSummary {
  readonly stage: JobStage;
  /** Devices the statuses list, and how many of them are done (succeeded or failed). */
  readonly deviceCount: number;
  readonly doneCount: number;
  readonly succeededCount: number;
  readonly failedCount: number;
  readonly devices: readonly DeviceUploadDetails[];
}

/**
 * Joins the statuses of a job's requests (`undefined` where a request has not answered yet) into
 * one summary for a tracker's progress bar, headline and results.
 */
export function summariseBatchJobs(statuses: readonly (BatchJobStatus | undefined)[]): JobSummary {
  const answered = statuses.filter((status) => status !== undefined);
  const devices = answered.flatMap((status) => status.devicesStatus ?? []);
  const outcomes = devices.map(jobDeviceOutcome);
  const succeededCount = outcomes.filter((outcome) => outcome === 'succeeded').length;
  const failedCount = outcomes.filter((outcome) => outcome === 'failed').length;
  return {
    stage: stageOf(statuses, failedCount),
    deviceCount: devices.length,
    doneCount: succeededCount + failedCount,
    succeededCount,
    failedCount,
    devices,
  };
}

/** Whether a job has come to an end, well or not: nothing more to poll for. */
export const isJobDone = (stage: JobStage): boolean =>
  stage === 'finished' || stage === 'finishedWithErrors';

function stageOf(statuses: readonly (BatchJobStatus | undefined)[], failedCount: number): JobStage {
  if (statuses.length === 0 || statuses.every((status) => status === undefined)) return 'starting';
  if (statuses.some((status) => status === undefined || isUploadRunning(status.status)))
    return 'running';
  const finished = statuses.map((status) => readUploadStatus(status?.status));
  if (finished.some((status) => status !== 'finished' && status !== 'finished_with_errors'))
    return 'unclear';
  return failedCount > 0 || finished.includes('finished_with_errors')
    ? 'finishedWithErrors'
    : 'finished';
}
