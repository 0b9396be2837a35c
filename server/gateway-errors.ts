/** The error responses the server writes itself. */
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { guidOrUndefined } from './request-ids.js';

/** An app-side error (a refused request, a missing file): short plain text, never cached. */
export function replyText(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply
    .code(status)
    .header('Content-Type', 'text/plain; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(`${message}\n`);
}

/** The same, written before Fastify sees the request (see request-gate.ts). */
export function writeText(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Readonly<Record<string, string>>,
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

const answered = new WeakSet<FastifyRequest>();

/** True once the server answered the API call itself; a late upstream reply is then dropped. */
export function isAnsweredByGateway(request: FastifyRequest): boolean {
  return answered.has(request);
}

/**
 * An error the server answers for the API (a path or method it does not forward, a missing token,
 * an upstream that failed or took too long). It uses the API gateway's own error shape,
 * `{"statusCode": 504, "message": "..."}`, which the API already uses for 404 and 429 (see
 * docs/partner-center-api.md, "the API gateway's own error shape"), so the dashboard's error
 * handling covers it; and it echoes the request's MS-RequestId and MS-CorrelationId as the API does.
 */
export function replyGatewayError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  if (answered.has(request) || reply.raw.headersSent) return reply;
  answered.add(request);
  const ids = {
    'MS-RequestId': guidOrUndefined(request.headers['ms-requestid']),
    'MS-CorrelationId': guidOrUndefined(request.headers['ms-correlationid']),
  };
  for (const [name, value] of Object.entries({ ...ids, ...headers })) {
    if (value !== undefined) reply.header(name, value);
  }
  return reply
    .code(status)
    .header('Content-Type', 'application/json; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(JSON.stringify({ statusCode: status, message }));
}
