import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from './incoming-request';

/**
 * The tracing headers of every response (docs/partner-center-api.md §4): `MS-RequestId` and
 * `MS-CorrelationId` echoed (generated when absent), `MS-CV` echoed or generated like
 * `YrLe3w6BbUSMt1fi.0`, and the server's numeric `MS-ServerId`.
 */
export interface CorrelationIds {
  readonly requestId: string;
  readonly correlationId: string;
  readonly correlationVector: string;
}

const presentOr = (value: string | undefined, create: () => string): string =>
  value === undefined || value.trim() === '' ? create() : value;

export function correlationIdsFor(headers: IncomingHttpHeaders): CorrelationIds {
  return {
    requestId: presentOr(headerValue(headers, 'MS-RequestId'), randomUUID),
    correlationId: presentOr(headerValue(headers, 'MS-CorrelationId'), randomUUID),
    correlationVector: presentOr(
      headerValue(headers, 'MS-CV'),
      () => `${randomBytes(12).toString('base64')}.0`,
    ),
  };
}

/** A nine-digit server id like the examples' `030020344`, fixed for the emulator's lifetime. */
export const createServerId = (): string => String(randomInt(0, 1_000_000_000)).padStart(9, '0');

export function correlationHeaders(ids: CorrelationIds, serverId: string): Record<string, string> {
  return {
    'MS-RequestId': ids.requestId,
    'MS-CorrelationId': ids.correlationId,
    'MS-CV': ids.correlationVector,
    'MS-ServerId': serverId,
  };
}
