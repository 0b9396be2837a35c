import { asEnumValue } from '@/lib/partner-center/batch-status';

/**
 * The documented statuses of an upload and of its devices, in the API's enum form
 * (docs/partner-center-api.md §7): the batch's `unknown`, `queued`, `processing`, `finished`,
 * `finished_with_errors`, and the devices' `in-progress` (read as `in_progress`), which the docs
 * give next to `finished` and `finished_with_errors` while the SDK reuses the batch values.
 */
export type UploadStatus =
  'unknown' | 'queued' | 'processing' | 'in_progress' | 'finished' | 'finished_with_errors';

const uploadStatuses: ReadonlySet<string> = new Set<UploadStatus>([
  'unknown',
  'queued',
  'processing',
  'in_progress',
  'finished',
  'finished_with_errors',
]);

const isUploadStatus = (value: string): value is UploadStatus => uploadStatuses.has(value);

/**
 * A batch's or a device's `status` read without regard to case, spaces or dashes
 * (`In-Progress` → `in_progress`); undefined when missing or not documented, to be shown in words
 * as `presentBatchStatus` does, never guessed into a known state.
 */
export function readUploadStatus(status: string | null | undefined): UploadStatus | undefined {
  const value = asEnumValue(status ?? '');
  return isUploadStatus(value) ? value : undefined;
}

/**
 * Still running, so its status is worth asking for again: queued, processing or in progress.
 * `unknown`, an unlisted value and the two finished states are not (PowerShell polls while queued
 * or processing, docs/partner-center-api.md §15).
 */
export function isUploadRunning(status: string | null | undefined): boolean {
  const value = readUploadStatus(status);
  return value === 'queued' || value === 'processing' || value === 'in_progress';
}
