/**
 * The Fastify application: security headers on every response, the runtime configuration and
 * health, the API forwarder, and the built dashboard with its single-page fallback.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { registerApiForwarding } from './api-forwarding.js';
import { registerAppRoutes } from './app-routes.js';
import type { BuildFiles } from './build-files.js';
import { replyText } from './gateway-errors.js';
import type { NodeServers } from './node-servers.js';
import { noteOnRequest } from './request-log.js';
import { buildApiResponseHeaders } from './security-headers.js';
import { bridgeRouteHelmet, registerSecurityHeaders } from './security-headers-plugin.js';
import type { ResolvedOptions } from './server-options.js';
import { registerStaticSite } from './static-site.js';

export interface AppParts {
  readonly options: ResolvedOptions;
  readonly servers: NodeServers;
  readonly build: BuildFiles;
  readonly precompressedFolder: string | undefined;
}

export async function buildApp({
  options,
  servers,
  build,
  precompressedFolder,
}: AppParts): Promise<FastifyInstance> {
  const app = Fastify({
    serverFactory: servers.factory,
    // node-servers.ts gives every server (Fastify makes one per address of `localhost`) the same
    // answer to unparsable requests; Fastify would add its own to the first one only.
    clientErrorHandler: () => undefined,
    // One JSON line per request comes from request-log.ts; Fastify's own logger stays off.
    logger: false,
    // Drain: close() stops accepting, and requests still arriving on open connections get 503.
    return503OnClosing: true,
  });
  const policy = { authorityOrigins: options.authorityOrigins, https: options.servedOverHttps };
  await registerSecurityHeaders(app, policy);

  app.setErrorHandler((error: Error & Partial<FastifyError>, request, reply) => {
    const status = error.statusCode ?? 500;
    noteOnRequest(request.raw, { error: error.code ?? error.message });
    // A 4xx from a plugin (a path @fastify/static will not serve) says what the client did wrong.
    if (status < 500) return replyText(reply, status, 'The request was refused.');
    return replyText(reply, 500, 'Internal server error.');
  });

  registerAppRoutes(app, options.runtimeConfigJson);
  await registerApiForwarding(app, {
    apiBasePath: options.apiBasePath,
    upstreamOrigin: options.upstreamOrigin.origin,
    addedHeaders: {
      ...buildApiResponseHeaders({ https: options.servedOverHttps }),
      // API answers hold a customer's data: no browser or proxy may keep them.
      'Cache-Control': 'no-store',
    },
    timeouts: options.timeouts,
    maxUpstreamConnections: options.maxUpstreamConnections,
  });
  await registerStaticSite(app, {
    build,
    precompressedFolder,
    bridgeHelmet: bridgeRouteHelmet(policy),
  });
  return app;
}
