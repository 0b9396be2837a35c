/**
 * The Node HTTP(S) servers Fastify listens with (its `serverFactory`). Fastify makes more than one
 * when the host is `localhost` (one per address); each gets the same limits, the request gate, the
 * request log and the answer to requests Node's parser refuses.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { createClientErrorResponder } from './client-error.js';
import type { RequestGate } from './request-gate.js';
import { logWhenDone, type LogLine } from './request-log.js';
import type { ResolvedOptions } from './server-options.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface NodeServers {
  /** Fastify's `serverFactory` option. */
  readonly factory: (handler: Handler) => http.Server;
  /** Every server made so far, to cut their connections off when the shutdown grace is over. */
  readonly all: readonly http.Server[];
}

interface NodeServerSettings {
  readonly options: ResolvedOptions;
  readonly gate: RequestGate;
  readonly securityHeaders: Readonly<Record<string, string>>;
  readonly log: LogLine;
}

export function createNodeServers({
  options,
  gate,
  securityHeaders,
  log,
}: NodeServerSettings): NodeServers {
  const { timeouts } = options;
  const clientErrors = createClientErrorResponder(securityHeaders, log);
  const all: http.Server[] = [];
  const serverOptions: http.ServerOptions = {
    // The gate answers a missing Host itself, with the security headers like every other refusal.
    requireHostHeader: false,
    requestTimeout: timeouts.requestMs,
    headersTimeout: timeouts.headersMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // How often Node looks for requests over their time; its 30 s default would let a short
    // timeout (as in the tests) run long.
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(timeouts.headersMs / 4)),
  };

  const factory = (fastifyHandler: Handler): http.Server => {
    const handle: Handler = (req, res) => {
      clientErrors.trackResponse(req, res);
      const admitted = gate.admit(req, res);
      logWhenDone(req, res, log);
      if (admitted) fastifyHandler(req, res);
    };
    // An HTTPS server is an HTTP server on TLS; Fastify only needs the shared http.Server surface.
    const server = options.https
      ? (https.createServer(
          { ...serverOptions, ...options.https },
          handle,
        ) as unknown as http.Server)
      : http.createServer(serverOptions, handle);
    server.maxConnections = options.maxConnections;
    server.on('clientError', clientErrors.onClientError);
    all.push(server);
    return server;
  };
  return { factory, all };
}
