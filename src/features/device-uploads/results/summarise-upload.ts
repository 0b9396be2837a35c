import type {
  BatchJobStatus,
  DeviceUploadDetails,
} from '@/lib/partner-center/batch-job-status-schema';
import { isUploadRunning, readUploadStatus } from '@/lib/partner-center/upload-status';
import { deviceOutcome } from './device-outcome';

/** Where an upload of one or more requests stands, from the latest status of each request. */
export type UploadStage =
  /** No request has answered yet. */
  | 'starting'
  /** At least one request is queued or processing. */
  | 'running'
  /** Every request finished and every device was registered. */
  | 'finished'
  /** Every request finished; some devices were not registered. */
  | 'finishedWithErrors'
  /** A request's status is `unknown` or one the docs do not list: polling stops, "check again" stays. */
  | 'unclear';

export interface UploadSummary {
  readonly stage: UploadStage;
  /** Devices the statuses list, and how many of them are done (registered or failed). */
  readonly deviceCount: number;
  readonly doneCount: number;
  readonly registeredCount: number;
  readonly failedCount: number;
  readonly devices: readonly DeviceUploadDetails[];
}

/**
 * Joins the statuses of an upload's requests (`undefined` where a request has not answered yet)
 * into one summary for the tracker's progress bar, headline and results.
 */
export function summariseUpload(statuses: readonly (BatchJobStatus | undefined)[]): UploadSummary {
  const answered = statuses.filter((status) => status !== undefined);
  const devices = answered.flatMap((status) => status.devicesStatus ?? []);
  const outcomes = devices.map(deviceOutcome);
  const registeredCount = outcomes.filter((outcome) => outcome === 'registered').length;
  const failedCount = outcomes.filter((outcome) => outcome === 'failed').length;
  return {
    stage: stageOf(statuses, failedCount),
    deviceCount: devices.length,
    doneCount: registeredCount + failedCount,
    registeredCount,
    failedCount,
    devices,
  };
}

function stageOf(
  statuses: readonly (BatchJobStatus | undefined)[],
  failedCount: number,
): UploadStage {
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
