import type { CorrelationIds } from '../correlation-headers';
import { headerValue, type IncomingRequest } from '../incoming-request';

/**
 * Recent API requests, for tests to check what a client sent (`GET /__emulator/requests`). The
 * `Authorization` header is reduced to whether it was there; the token itself is never kept.
 */
export interface LoggedRequest {
  readonly sequence: number;
  readonly receivedAt: string;
  readonly method: string;
  readonly path: string;
  readonly requestId: string;
  readonly correlationId: string;
  readonly hasAuthorization: boolean;
  readonly headers: Readonly<Record<string, string>>;
  /** Absent until the response has been sent. */
  status?: number;
}

export interface RequestLog {
  /** Logs a request; call the returned function with the status once the response is sent. */
  record(request: IncomingRequest, ids: CorrelationIds): (status: number) => void;
  /** Requests with a sequence number above `sequence`, oldest first. */
  since(sequence: number): readonly LoggedRequest[];
}

const loggedHeaders = [
  'accept',
  'x-locale',
  'ms-requestid',
  'ms-correlationid',
  'ms-cv',
  'ms-continuationtoken',
  'ms-partnercenter-application',
  'origin',
];

export function createRequestLog(capacity = 2000): RequestLog {
  const entries: LoggedRequest[] = [];
  let lastSequence = 0;

  return {
    record(request, ids) {
      lastSequence += 1;
      const headers = Object.fromEntries(
        loggedHeaders.flatMap((name) => {
          const value = headerValue(request.headers, name);
          return value === undefined ? [] : [[name, value]];
        }),
      );
      const entry: LoggedRequest = {
        sequence: lastSequence,
        receivedAt: new Date().toISOString(),
        method: request.method,
        path: request.target,
        requestId: ids.requestId,
        correlationId: ids.correlationId,
        hasAuthorization: headerValue(request.headers, 'authorization') !== undefined,
        headers,
      };
      entries.push(entry);
      if (entries.length > capacity) entries.shift();
      return (status) => {
        entry.status = status;
      };
    },
    since: (sequence) => entries.filter((entry) => entry.sequence > sequence),
  };
}
