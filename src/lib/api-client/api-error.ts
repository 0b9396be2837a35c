/**
 * Why a Partner Center request failed:
 * - `http`: the service answered with an error status (see `status`, `code`, `description`);
 * - `network` / `timeout`: no answer (retried before this error is thrown, for a request that may be
 *   repeated: a POST or PATCH is never repeated, and fails with an `OutcomeUnknownError` instead);
 * - `invalid-response`: an answer the dashboard cannot read (not JSON, wrong shape, paging loop);
 * - `foreign-link`: a link or redirect outside the API base, refused and never fetched;
 * - `aborted`: the caller cancelled (e.g. TanStack Query cancelled the query).
 */
export type PartnerCenterErrorKind =
  'http' | 'network' | 'timeout' | 'invalid-response' | 'foreign-link' | 'aborted';

export interface PartnerCenterErrorDetails {
  kind: PartnerCenterErrorKind;
  /** The request's method; `GET` unless said otherwise. */
  method?: string | undefined;
  /** The request's URL. The token travels in a header, never in a URL. */
  url: string;
  /** From the response's headers when it had them, else the ids the client sent. */
  requestId: string;
  correlationId: string;
  status?: number | undefined;
  /** Partner Center's error code (number in observed traffic, string in the docs). */
  code?: number | string | undefined;
  description?: string | undefined;
  /** `Retry-After`, in seconds, when the service sent one. */
  retryAfterSeconds?: number | undefined;
  /** Overrides the message derived from the other fields. */
  message?: string | undefined;
  /** When the failure happened; now by default. */
  occurredAt?: Date | undefined;
  cause?: unknown;
}

/** The one error type the API client throws; everything support needs is on it. */
export class PartnerCenterError extends Error {
  // Typed as a string so a subclass (OutcomeUnknownError) can name itself in logs.
  override readonly name: string = 'PartnerCenterError';
  readonly kind: PartnerCenterErrorKind;
  readonly method: string;
  readonly url: string;
  readonly requestId: string;
  readonly correlationId: string;
  readonly status: number | undefined;
  readonly code: number | string | undefined;
  readonly description: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** When the failure happened, for the diagnostics support asks for. */
  readonly occurredAt: Date;

  constructor(details: PartnerCenterErrorDetails) {
    super(details.message ?? describe(details), { cause: details.cause });
    this.kind = details.kind;
    this.method = details.method ?? 'GET';
    this.url = details.url;
    this.requestId = details.requestId;
    this.correlationId = details.correlationId;
    this.status = details.status;
    this.code = details.code;
    this.description = details.description;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.occurredAt = details.occurredAt ?? new Date();
  }
}

/** True for a PartnerCenterError, optionally of one kind: `isPartnerCenterError(e, 'aborted')`. */
export function isPartnerCenterError(
  value: unknown,
  kind?: PartnerCenterErrorKind,
): value is PartnerCenterError {
  return value instanceof PartnerCenterError && (kind === undefined || value.kind === kind);
}

function describe(details: PartnerCenterErrorDetails): string {
  switch (details.kind) {
    case 'http': {
      const code = details.code === undefined ? '' : ` (error ${details.code})`;
      const description = details.description ? `: ${details.description}` : '.';
      return `Partner Center answered HTTP ${details.status ?? '?'}${code}${description}`;
    }
    case 'network':
      return 'Partner Center could not be reached. Check the connection and try again.';
    case 'timeout':
      return 'Partner Center did not answer in time. Try again in a moment.';
    case 'invalid-response':
      return 'Partner Center sent a response the dashboard could not read.';
    case 'foreign-link':
      return `Refused to send a request outside the Partner Center API: ${details.url}`;
    case 'aborted':
      return 'The request to Partner Center was cancelled.';
  }
}
