/**
 * The same-origin production server: serves the built dashboard with its security headers, exposes
 * the runtime configuration and forwards the API.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHostMatcher, loopbackHosts } from './allowed-hosts';
import { createApiForwarder } from './api-forwarder';
import { createClientErrorResponder } from './client-error';
import { createCompressor } from './content-encoding';
import { createRequestHandler } from './request-handler';
import { buildApiResponseHeaders, buildSecurityHeaders } from './security-headers';
import { resolveOptions, type DashboardServerOptions } from './server-options';
import { loadStaticSite } from './static-files';

export type { DashboardServerOptions } from './server-options';

export interface DashboardServer {
  /** Where it listens, e.g. `http://127.0.0.1:4280`. */
  readonly url: string;
  /** Stops accepting, lets running responses finish (a few seconds at most), then resolves. */
  close(): Promise<void>;
}

/** How long close() lets running responses (a long download, a slow API call) finish. */
const shutdownGraceMs = 5_000;

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export async function createDashboardServer(
  options: DashboardServerOptions,
): Promise<DashboardServer> {
  const settings = resolveOptions(options);
  const site = await loadStaticSite(settings.distDir);
  const securityHeaders = buildSecurityHeaders({
    authorityOrigins: settings.authorityOrigins,
    https: settings.servedOverHttps,
  });
  const bridgeSecurityHeaders = buildSecurityHeaders({
    authorityOrigins: settings.authorityOrigins,
    https: settings.servedOverHttps,
    framedBySelf: true,
  });
  const forwarder = createApiForwarder({
    upstreamOrigin: settings.upstreamOrigin,
    timeoutMs: settings.upstreamTimeoutMs,
    responseHeaders: buildApiResponseHeaders({ https: settings.servedOverHttps }),
    errorHeaders: securityHeaders,
    log: settings.log,
  });
  const clientErrors = createClientErrorResponder(securityHeaders, settings.log);

  // The handler checks Host itself, so that refusal carries the security headers like every other.
  const serverOptions = { requireHostHeader: false };
  const server = settings.https
    ? https.createServer({ ...serverOptions, ...settings.https })
    : http.createServer(serverOptions);
  server.on('clientError', clientErrors.onClientError);
  const port = await listen(server, settings.port, settings.host);

  // Handlers go on once the port is known: the default allowed hosts name it.
  const handle = createRequestHandler({
    isAllowedHost: createHostMatcher(settings.allowedHosts ?? loopbackHosts(port)),
    apiBasePath: settings.apiBasePath,
    runtimeConfigJson: settings.runtimeConfigJson,
    files: site.files,
    indexHtml: site.indexHtml,
    forwarder,
    compress: createCompressor(),
    securityHeaders,
    bridgeSecurityHeaders,
    log: settings.log,
  });
  server.on('request', (req, res) => {
    clientErrors.trackResponse(req, res);
    handle(req, res);
  });

  const scheme = settings.https ? 'https' : 'http';
  return {
    url: `${scheme}://${urlHost(settings.host)}:${port}`,
    close: () =>
      new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), shutdownGraceMs).unref();
        server.close(() => {
          clearTimeout(force);
          forwarder.close();
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
