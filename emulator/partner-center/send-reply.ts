import type { ServerResponse } from 'node:http';
import { correlationHeaders, type CorrelationIds } from './correlation-headers';
import { alteredBodyText, withoutField } from './test-mode/fault-effects';
import type { ActiveFault } from './test-mode/fault-registry';
import type { Reply } from './replies';

/**
 * Writes a reply as JSON with the API's headers (Node adds `Date`); a reply without a body (a 202
 * upload) goes out with `Content-Length: 0` and no `Content-Type`. No `Access-Control-*`
 * headers, ever: the real API is assumed not to answer CORS (docs/partner-center-api.md §3).
 */
export function sendReply(
  response: ServerResponse,
  reply: Reply,
  ids: CorrelationIds,
  serverId: string,
  fault?: ActiveFault,
): void {
  if (response.destroyed) return;
  const body = fault?.kind === 'missing-field' ? withoutField(reply.body, fault.field) : reply.body;
  const text = body === undefined ? '' : alteredBodyText(fault, JSON.stringify(body));
  response.writeHead(reply.status, {
    ...reply.headers,
    ...correlationHeaders(ids, serverId),
    ...(body !== undefined && { 'Content-Type': 'application/json; charset=utf-8' }),
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
