/**
 * Answers requests that Node's HTTP parser refuses before any handler sees them (a NUL or a space in
 * the target, oversized headers, a request that never finishes), so that those responses carry the
 * security headers too. Written straight to the socket: no request or response object exists.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { logEvent, type LogLine } from './request-log.js';

function statusFor(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

export function createClientErrorResponder(
  securityHeaders: Readonly<Record<string, string>>,
  log: LogLine,
) {
  // A socket still writing a response (a pipelined request broke) cannot take another one.
  const busy = new WeakSet<Duplex>();

  function trackResponse(req: IncomingMessage, res: ServerResponse): void {
    busy.add(req.socket);
    res.once('close', () => busy.delete(req.socket));
  }

  function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
    if (error.code === 'ECONNRESET' || !socket.writable || busy.has(socket)) {
      socket.destroy();
      return;
    }
    const status = statusFor(error.code);
    const headers = { ...securityHeaders, 'Content-Length': '0', Connection: 'close' };
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n`);
    logEvent(log, 'info', 'unparsable request', { status, code: error.code ?? 'unknown' });
  }

  return { trackResponse, onClientError };
}
