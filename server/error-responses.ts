/** The error responses the server writes itself. */
import type { IncomingMessage, ServerResponse } from 'node:http';

type Headers = Readonly<Record<string, string>>;

/** An error on the app's side (a file, a page, a refused request): short plain text. */
export function sendTextError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Headers,
): void {
  const body = `${message}\n`;
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Ids the API's clients send for support; echoed only when they look like ids, never reflected raw. */
const idHeaders = { 'ms-requestid': 'MS-RequestId', 'ms-correlationid': 'MS-CorrelationId' };
const idPattern = /^[\w.:-]{1,128}$/;

function echoedIds(req: IncomingMessage): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [received, sent] of Object.entries(idHeaders)) {
    const value = req.headers[received];
    if (typeof value === 'string' && idPattern.test(value)) ids[sent] = value;
  }
  return ids;
}

/**
 * An error on the API's side that the server answers for the API (the upstream timed out or could
 * not be reached, a method the API path does not forward). It uses the API gateway's own error shape,
 * `{"statusCode": 504, "message": "..."}`, which the dashboard already handles for 404 and 429, and
 * echoes the request's MS-RequestId and MS-CorrelationId as the API does.
 */
export function sendApiError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  headers: Headers,
): void {
  const body = JSON.stringify({ statusCode: status, message });
  res.writeHead(status, {
    ...headers,
    ...echoedIds(req),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
