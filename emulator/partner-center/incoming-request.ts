import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** The parts of a request the emulator looks at; the path stays exactly as sent (still encoded). */
export interface IncomingRequest {
  readonly method: string;
  /** The request target as sent: encoded path and query. */
  readonly target: string;
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
}

export function readIncomingRequest(request: IncomingMessage): IncomingRequest {
  const target = request.url ?? '/';
  const queryStart = target.indexOf('?');
  return {
    method: request.method ?? 'GET',
    target,
    rawPath: queryStart === -1 ? target : target.slice(0, queryStart),
    query: new URLSearchParams(queryStart === -1 ? '' : target.slice(queryStart + 1)),
    headers: request.headers,
  };
}

/** A request with its body read (empty for a GET): what the API handlers get. */
export interface ReceivedRequest extends IncomingRequest {
  readonly body: string;
}

/** A single-valued request header (the first value when repeated), undefined when absent. */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
