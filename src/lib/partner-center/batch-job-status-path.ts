import { buildApiPath } from '@/lib/api-client/resolve-api-link';

/** Which upload a batchJobStatus belongs to: enough to poll it again after a reload. */
export interface BatchJobStatusRef {
  customerId: string;
  trackingId: string;
}

/** Fixed segments matched without regard to case: the docs write both `batchJobStatus` and `batchjobstatus` (§6.6). */
const BATCH_JOB_STATUS_PATH = /^(?:\/v1)?\/customers\/([^/?#]+)\/batchJobStatus\/([^/?#]+)\/?$/i;

/**
 * The customer and tracking id of a batchJobStatus path: the output of `resolveLocationPath`
 * (`/v1/customers/{id}/batchJobStatus/{trackingId}`) or the bare Location it came from. Undefined
 * for any other path, so a Location that names something else is not polled as an upload.
 */
export function parseBatchJobStatusPath(path: string): BatchJobStatusRef | undefined {
  const match = BATCH_JOB_STATUS_PATH.exec(path);
  if (!match) return undefined;
  const customerId = decodeSegment(match[1]);
  const trackingId = decodeSegment(match[2]);
  return isId(customerId) && isId(trackingId) ? { customerId, trackingId } : undefined;
}

/** `GET /v1/customers/{customer-id}/batchJobStatus/{tracking-id}` (docs/partner-center-api.md §6.6). */
export function batchJobStatusPath({ customerId, trackingId }: BatchJobStatusRef): string {
  return buildApiPath('customers', customerId, 'batchJobStatus', trackingId);
}

/** `.` and `..` are no ids: a URL would read them as a step up the path. */
function isId(value: string | undefined): value is string {
  return value !== undefined && value !== '' && value !== '.' && value !== '..';
}

function decodeSegment(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // a malformed escape: not a path the API wrote
  }
}
