import type { RequestIds } from '@/lib/api-client/request-ids';
import { resolveLocationPath } from '@/lib/api-client/resolve-location-path';
import { parseBatchJobStatusPath } from '@/lib/partner-center/batch-job-status-path';

/**
 * The tracking id in the `Location` of an accepted batch job (an upload's 202, a profile
 * assignment's 202: `/customers/{id}/batchJobStatus/{trackingId}`), resolved through the client's
 * gate; undefined when there is none, when it names something else, or when it points outside the
 * API (refused by the gate: not followed, though the request itself was accepted).
 */
export function trackingIdOfLocation(
  location: string | undefined,
  apiBase: string,
  ids: RequestIds,
): string | undefined {
  if (location === undefined || location.trim() === '') return undefined;
  try {
    return parseBatchJobStatusPath(resolveLocationPath(location, apiBase, ids))?.trackingId;
  } catch {
    return undefined;
  }
}
