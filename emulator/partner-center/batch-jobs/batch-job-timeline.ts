/**
 * How a batch job (an upload, a profile assignment) progresses, driven by time alone so that any
 * request can tell where it is: `queued` for one step after it was accepted, `processing` for the
 * next, then finished. The step is `uploadStepMs` (`EMULATOR_UPLOAD_STEP_MS`); 0 finishes a job at
 * once. Partner Center documents no durations; others poll every 5 seconds
 * (docs/partner-center-api.md §15).
 */
export type BatchJobStage = 'queued' | 'processing' | 'finished';

export const defaultUploadStepMs = 2000;

export const jobCompletesAt = (acceptedAt: number, stepMs: number): number =>
  acceptedAt + 2 * stepMs;

export function jobStageAt(acceptedAt: number, now: number, stepMs: number): BatchJobStage {
  if (now >= jobCompletesAt(acceptedAt, stepMs)) return 'finished';
  return now >= acceptedAt + stepMs ? 'processing' : 'queued';
}
