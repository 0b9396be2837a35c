/**
 * The same-origin production server: serves the built dashboard with its security headers, exposes
 * the runtime configuration and forwards the API.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createHostMatcher, loopbackHosts } from './allowed-hosts.js';
import { buildApp } from './build-app.js';
import { listBuildFiles } from './build-files.js';
import { createNodeServers } from './node-servers.js';
import { startPrecompression, type PrecompressedBuild } from './precompress-build.js';
import { createRequestGate } from './request-gate.js';
import { logEvent, type LogLine } from './request-log.js';
import { buildSecurityHeaders } from './security-headers.js';
import { resolveOptions, type DashboardServerOptions } from './server-options.js';

export type { DashboardServerOptions } from './server-options.js';

export interface DashboardServer {
  /** Where it listens, e.g. `http://127.0.0.1:4280`. */
  readonly url: string;
  /**
   * Settles when the brotli and gzip copies of the build are written (they are made after the
   * server listens; until then files are sent uncompressed). Never rejects: a failure is logged.
   */
  readonly precompressed: Promise<void>;
  /** Stops accepting, lets running responses finish (a few seconds at most), then resolves. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function warnUncompressed(log: LogLine, error: unknown): void {
  logEvent(log, 'warn', 'serving the build uncompressed: its compressed copies could not be made', {
    error: error instanceof Error ? error.message : String(error),
  });
}

/** Without a writable temporary folder the files are served as they are, uncompressed. */
async function tryPrecompress(
  build: Awaited<ReturnType<typeof listBuildFiles>>,
  log: LogLine,
): Promise<PrecompressedBuild | undefined> {
  try {
    const precompressed = await startPrecompression(build);
    precompressed.done.catch((error: unknown) => warnUncompressed(log, error));
    return precompressed;
  } catch (error) {
    warnUncompressed(log, error);
    return undefined;
  }
}

export async function createDashboardServer(
  input: DashboardServerOptions,
): Promise<DashboardServer> {
  const options = resolveOptions(input);
  const build = await listBuildFiles(options.distDir);
  const precompressed = await tryPrecompress(build, options.log);
  const securityHeaders = buildSecurityHeaders({
    authorityOrigins: options.authorityOrigins,
    https: options.servedOverHttps,
  });
  const gate = createRequestGate(securityHeaders);
  const servers = createNodeServers({ options, gate, securityHeaders, log: options.log });
  const app = await buildApp({
    options,
    servers,
    build,
    precompressedFolder: precompressed?.folder,
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await precompressed?.remove();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  gate.allowHosts(createHostMatcher(options.allowedHosts ?? loopbackHosts(port)));

  const scheme = options.https ? 'https' : 'http';
  return {
    url: `${scheme}://${urlHost(options.host)}:${port}`,
    precompressed: precompressed ? precompressed.done.catch(() => undefined) : Promise.resolve(),
    close: async () => {
      // Fastify closes idle connections at once and waits for running responses; after the grace
      // period the rest are cut off. Its second server for `localhost` closes after the first, so
      // every server is waited for.
      const listening = servers.all.filter((server) => server.listening);
      const allClosed = Promise.all(listening.map((server) => once(server, 'close')));
      const force = setTimeout(() => {
        for (const server of servers.all) server.closeAllConnections();
      }, options.timeouts.shutdownGraceMs).unref();
      try {
        await app.close();
        await allClosed;
      } finally {
        clearTimeout(force);
        await precompressed?.remove();
      }
    },
  };
}
