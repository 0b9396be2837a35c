import { PartnerCenterError } from '@/lib/api-client/api-error';

/**
 * Why the dashboard cannot tell whether a POST or PATCH was carried out:
 * - `timeout`: no answer in time; the request may have arrived and been acted on;
 * - `network`: the connection failed. `fetch` does not say whether the request had left, so this
 *   is always treated as "maybe sent";
 * - `aborted`: the caller cancelled while the request was under way (a request cancelled before it
 *   was sent is a plain `aborted` PartnerCenterError: nothing left the browser);
 * - `server-error`: a 5xx answer (see `unrepeatableRequestFailure` for the rule).
 */
export type OutcomeUnknownReason = 'timeout' | 'network' | 'aborted' | 'server-error';

/**
 * A POST or PATCH whose outcome is unknown: Partner Center may have registered the devices (or
 * started the policy update) or not. The client never sends such a request twice
 * (docs/partner-center-api.md §15), so the UI must tell the user to check — the batch's devices,
 * or the upload's batchJobStatus — before sending it again. It is a PartnerCenterError whose
 * `kind`, `status`, ids and URL are those of the failed attempt, so code that only knows
 * PartnerCenterError still explains it; the failure itself is the `cause`.
 */
export class OutcomeUnknownError extends PartnerCenterError {
  override readonly name = 'OutcomeUnknownError';
  readonly reason: OutcomeUnknownReason;

  constructor(failure: PartnerCenterError, reason: OutcomeUnknownReason) {
    super({
      kind: failure.kind,
      method: failure.method,
      url: failure.url,
      requestId: failure.requestId,
      correlationId: failure.correlationId,
      status: failure.status,
      code: failure.code,
      description: failure.description,
      retryAfterSeconds: failure.retryAfterSeconds,
      occurredAt: failure.occurredAt,
      message: `The outcome of this ${failure.method} is unknown (${reason}): Partner Center may have carried it out. Check the result (the batch's devices or the upload's status) before sending it again.`,
      cause: failure,
    });
    this.reason = reason;
  }
}

/** True for a write whose outcome is unknown: show "check before sending again", not "try again". */
export function isOutcomeUnknown(value: unknown): value is OutcomeUnknownError {
  return value instanceof OutcomeUnknownError;
}

/**
 * The error to throw for a failed attempt of a request that must not be repeated (POST, PATCH).
 * The rule for answers:
 * - a 429 is a plain `http` error: throttling refuses the request before it is handled, so nothing
 *   was registered, and `retryAfterSeconds` says when the user may send it again;
 * - every 5xx except 501 is outcome unknown. A 5xx proves nothing either way: a 500 may come after
 *   the service had already stored part of the work (PowerShell's "Sequence contains no matching
 *   element" on creating a batch, docs/partner-center-api.md §11), and a 502/503/504 may come from
 *   a gateway or the dashboard's own proxy while the API went on. No documented error code says
 *   "nothing was done", so the error body does not change this; its code and description stay on
 *   the error. 501 means the method is not implemented at all, so it is a plain `http` error;
 * - any other answer (4xx, a redirect, an unreadable 2xx) is returned as it is: the service
 *   answered, and the answer says what happened.
 * No answer at all (`timeout`, `network`) or a cancel while the request was under way is outcome
 * unknown. The 401 that the client answers with one token refresh and one resend never gets here:
 * a 401 means the API refused the token before acting, so that resend is safe.
 */
export function unrepeatableRequestFailure(error: PartnerCenterError): PartnerCenterError {
  if (error.kind === 'timeout' || error.kind === 'network' || error.kind === 'aborted') {
    return new OutcomeUnknownError(error, error.kind);
  }
  if (error.kind === 'http' && error.status !== undefined && isServerError(error.status)) {
    return new OutcomeUnknownError(error, 'server-error');
  }
  return error;
}

function isServerError(status: number): boolean {
  return status >= 500 && status <= 599 && status !== 501;
}
