import { isPartnerCenterError } from './api-error';
import { isOutcomeUnknown } from './outcome-unknown-error';

/**
 * A failed write in one line for the console: method, URL, status and the ids support asks for,
 * and whether the outcome is unknown. Never a request body (hashes, product keys) or a token.
 */
export function describeWriteFailure(error: unknown): string {
  if (!isPartnerCenterError(error)) return error instanceof Error ? error.name : 'unknown error';
  const status = error.status === undefined ? error.kind : `HTTP ${String(error.status)}`;
  const outcome = isOutcomeUnknown(error) ? ', outcome unknown' : '';
  return `${error.method} ${error.url}: ${status}${outcome} (request id ${error.requestId}, correlation id ${error.correlationId})`;
}
