import {
  rateLimitExceeded,
  serviceUnavailable,
  unauthorized,
  unexpectedServiceError,
} from '../api-errors';
import type { Reply } from '../replies';
import type { ActiveFault } from './fault-registry';

/**
 * What each fault kind does to a response (README "Fault injection"):
 * throttle/server-error/unavailable/unauthorized replace it; latency delays it; hang never sends
 * it; accept-then-hang lets the API handle the request and then never sends the answer;
 * missing-field, malformed-json and bom alter the normal response.
 */
export const defaultLatencyMs = 1000;
export const defaultHangMs = 120_000;
const defaultRetryAfterSeconds = 1;

/** The reply that replaces the normal one, for the kinds that replace it. */
export function replacementReply(fault: ActiveFault): Reply | undefined {
  switch (fault.kind) {
    case 'throttle':
      return rateLimitExceeded(fault.retryAfterSeconds ?? defaultRetryAfterSeconds);
    case 'server-error':
      return unexpectedServiceError();
    case 'unavailable':
      return serviceUnavailable(fault.retryAfterSeconds);
    case 'unauthorized':
      // As if the token were refused: the real 401 body for an invalid token.
      return unauthorized('invalid');
    default:
      return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function omit(value: unknown, field: string): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== field));
}

/**
 * Removes a required field: from the first item of a collection (its `items` when the field is
 * `items` or there are no items), else from the resource itself. The default field is `id`.
 */
export function withoutField(body: unknown, field = 'id'): unknown {
  if (!isRecord(body)) return body;
  if (!Array.isArray(body.items)) return omit(body, field);
  const items: readonly unknown[] = body.items;
  const [first, ...rest] = items;
  if (field === 'items' || first === undefined) return omit(body, 'items');
  return { ...body, items: [omit(first, field), ...rest] };
}

/** The serialised body as the fault leaves it. */
export function alteredBodyText(fault: ActiveFault | undefined, text: string): string {
  switch (fault?.kind) {
    case 'bom':
      return `\uFEFF${text}`;
    case 'malformed-json':
      return text.slice(0, Math.floor(text.length / 2));
    default:
      return text;
  }
}
