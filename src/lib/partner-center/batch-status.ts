import { humaniseToken } from '@/lib/format/humanise-token';

/**
 * The one mapping of a device batch's `status` to how it is shown. The API documents no value set
 * (docs/partner-center-api.md §8): the four known values come from the upload vocabulary and get
 * their own badge; a few other plausible values have words in both languages; any other value is
 * shown in words made from it (`on_hold` → "On hold"), never as a raw token; a missing status (or
 * the SDK's `unknown`) is "no status". Everything but the known four gets the neutral badge.
 */
export type KnownBatchStatus = 'queued' | 'processing' | 'finished' | 'finished_with_errors';

/** Values the docs do not list but a service may send, worded in the catalogues (`status.*`). */
export type NamedOtherStatus = 'archived' | 'cancelled' | 'paused' | 'deleted' | 'failed';

export type BatchStatusPresentation =
  | { readonly kind: 'known'; readonly status: KnownBatchStatus; readonly colour: string }
  | {
      readonly kind: 'named';
      readonly status: NamedOtherStatus;
      /** The value as sent, trimmed: what the filter and the URL use. */
      readonly value: string;
      readonly colour: string;
    }
  | {
      readonly kind: 'other';
      readonly value: string;
      /** Words made from the value, as the catalogues have none for it. */
      readonly text: string;
      readonly colour: string;
    }
  | { readonly kind: 'missing'; readonly colour: string };

const neutral = 'gray';

const colours: Record<KnownBatchStatus, string> = {
  queued: 'gray',
  processing: 'blue',
  finished: 'teal',
  finished_with_errors: 'orange',
};

// A Map, not an object: a status such as "constructor" must not find Object.prototype's.
const namedOthers = new Map<string, NamedOtherStatus>([
  ['archived', 'archived'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['paused', 'paused'],
  ['deleted', 'deleted'],
  ['failed', 'failed'],
]);

const isKnown = (value: string): value is KnownBatchStatus => Object.hasOwn(colours, value);

/** `Finished With Errors`, `finished-with-errors` → `finished_with_errors`: the API's enum form. */
export const asEnumValue = (status: string) =>
  status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function presentBatchStatus(status: string | null | undefined): BatchStatusPresentation {
  const normalised = asEnumValue(status ?? '');
  if (normalised === '' || normalised === 'unknown') return { kind: 'missing', colour: neutral };
  if (isKnown(normalised))
    return { kind: 'known', status: normalised, colour: colours[normalised] };
  const value = (status ?? '').trim();
  const named = namedOthers.get(normalised);
  if (named) return { kind: 'named', status: named, value, colour: neutral };
  return { kind: 'other', value, text: humaniseToken(value), colour: neutral };
}

/** Still changing: the batches page keeps polling while any batch is in one of these. */
export function isBatchInProgress(status: string | null | undefined): boolean {
  const presentation = presentBatchStatus(status);
  return (
    presentation.kind === 'known' &&
    (presentation.status === 'queued' || presentation.status === 'processing')
  );
}
