/**
 * The one mapping of a device batch's `status` to how it is shown. The API documents no value set
 * (docs/partner-center-api.md §8): the four known values come from the upload vocabulary, a missing status is "unknown",
 * and any other string is shown as it is, in a neutral badge.
 */
export type KnownBatchStatus = 'queued' | 'processing' | 'finished' | 'finished_with_errors';

export type BatchStatusPresentation =
  | { readonly kind: 'known'; readonly status: KnownBatchStatus; readonly colour: string }
  | { readonly kind: 'unknown'; readonly colour: string }
  | { readonly kind: 'unrecognised'; readonly text: string; readonly colour: string };

const colours: Record<KnownBatchStatus, string> = {
  queued: 'gray',
  processing: 'blue',
  finished: 'teal',
  finished_with_errors: 'orange',
};

const isKnown = (value: string): value is KnownBatchStatus => value in colours;

export function presentBatchStatus(status: string | null | undefined): BatchStatusPresentation {
  if (status === undefined || status === null || status.trim() === '') {
    return { kind: 'unknown', colour: 'gray' };
  }
  const normalised = status.trim().toLowerCase();
  if (isKnown(normalised))
    return { kind: 'known', status: normalised, colour: colours[normalised] };
  return { kind: 'unrecognised', text: status, colour: 'gray' };
}

/** Still changing: the batches page keeps polling while any batch is in one of these. */
export function isBatchInProgress(status: string | null | undefined): boolean {
  const presentation = presentBatchStatus(status);
  return (
    presentation.kind === 'known' &&
    (presentation.status === 'queued' || presentation.status === 'processing')
  );
}
