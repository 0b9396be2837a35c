import { isPartnerCenterError } from '@/lib/api-client/api-error';

const firstSeen = new WeakMap<object, Date>();

/**
 * When a failure happened: the API client's own record for a Partner Center error, else when the
 * dashboard first asked about this error object (as it is shown, just after it was thrown).
 * Undefined for a failure that is not an object, whose moment only its caller knows.
 */
export function failureTime(error: unknown, now: () => Date = () => new Date()): Date | undefined {
  if (isPartnerCenterError(error)) return error.occurredAt;
  if (typeof error !== 'object' || error === null) return undefined;
  const seen = firstSeen.get(error);
  if (seen) return seen;
  const time = now();
  firstSeen.set(error, time);
  return time;
}
