/**
 * Forwards API calls to the Partner Center API (or the local emulator) and streams the answer back
 * unchanged. Stateless: the token passes through in the Authorization header and is neither kept
 * nor logged.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import { sendApiError } from './error-responses';
import { pickRequestHeaders, pickResponseHeaders } from './forwarded-headers';
import type { LogLine } from './request-log';

export interface ApiForwarderOptions {
  /** An origin only (`https://api.partnercenter.microsoft.com`): every request goes there. */
  readonly upstreamOrigin: URL;
  /** How long the upstream may stay silent, before its response and during its body. */
  readonly timeoutMs: number;
  /** Added to every forwarded response. */
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** Sent with the errors the forwarder writes itself. */
  readonly errorHeaders: Readonly<Record<string, string>>;
  readonly log: LogLine;
}

export interface ApiForwarder {
  /** `upstreamPath` is the path and query after the API base path, starting with `/`. */
  forward(req: IncomingMessage, res: ServerResponse, upstreamPath: string): void;
  /** Drops the kept-alive upstream connections. */
  close(): void;
}

export function createApiForwarder(options: ApiForwarderOptions): ApiForwarder {
  const { upstreamOrigin, timeoutMs, responseHeaders, errorHeaders, log } = options;
  const client = upstreamOrigin.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true });
  // The target is built from these parts alone, never by resolving the path against a base URL,
  // so a path such as `//evil.example/x` or `/http://evil` stays a path on the upstream.
  const target = {
    protocol: upstreamOrigin.protocol,
    hostname: upstreamOrigin.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: upstreamOrigin.port || undefined,
    agent,
    timeout: timeoutMs,
  };

  /**
   * `firstTry`: a kept-alive connection the upstream closed just as it was reused fails at once
   * (ECONNRESET on `reusedSocket`, Node's documented race); a read is then sent again, once, on a new
   * connection, rather than answered with a 502.
   */
  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    upstreamPath: string,
    firstTry = true,
  ): void {
    let timedOut = false;
    const upstream = client.request({
      ...target,
      method: req.method,
      path: upstreamPath,
      headers: pickRequestHeaders(req.headers),
    });

    upstream.on('timeout', () => {
      timedOut = true;
      upstream.destroy();
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const idempotent = req.method === 'GET' || req.method === 'HEAD';
      if (firstTry && idempotent && upstream.reusedSocket && error.code === 'ECONNRESET') {
        forward(req, res, upstreamPath, false);
        return;
      }
      log(
        `upstream ${req.method ?? ''} failed: ${timedOut ? 'timeout' : (error.code ?? error.message)}`,
      );
      if (timedOut) {
        sendApiError(req, res, 504, 'The Partner Center API did not answer in time.', errorHeaders);
      } else {
        sendApiError(req, res, 502, 'The Partner Center API could not be reached.', errorHeaders);
      }
    });
    upstream.on('response', (upstreamRes) => {
      res.writeHead(
        upstreamRes.statusCode ?? 502,
        pickResponseHeaders(upstreamRes.headers, responseHeaders),
      );
      pipeline(upstreamRes, res, (error) => {
        if (error) upstream.destroy();
      });
    });
    // The browser went away (or the response broke off): stop the upstream call too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.end();
  }

  return { forward, close: () => agent.destroy() };
}
