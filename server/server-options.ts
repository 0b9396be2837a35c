/** The options of createDashboardServer, checked and completed with their defaults. */
import type { LogLine } from './request-log.js';
import { toOrigin } from './security-headers.js';

export interface DashboardServerOptions {
  /** 0 picks a free port (see the returned url). */
  readonly port: number;
  /** Interface to listen on; default 127.0.0.1. `localhost` listens on its IPv4 and IPv6 addresses. */
  readonly host?: string;
  /** The Vite build: index.html and assets/. */
  readonly distDir: string;
  /** A plain JSON-able object, served as-is at GET /config.json. */
  readonly runtimeConfig: object;
  /** Where the API is forwarded, e.g. `/api/partner-center`. */
  readonly apiBasePath: string;
  /** e.g. `https://api.partnercenter.microsoft.com`, or the local emulator's origin. */
  readonly upstreamOrigin: string;
  /**
   * The identity provider's origin for the CSP; a list when its endpoints live on more than one
   * origin (authority metadata pointing elsewhere, as the local identity provider's does).
   */
  readonly authorityOrigin: string | readonly string[];
  /** How long the upstream may take to send its response headers (and stay silent in a body). */
  readonly upstreamHeadersTimeoutMs?: number;
  /** The whole forwarded call, from the request's arrival; shorter than the browser's 30 s. */
  readonly upstreamDeadlineMs?: number;
  /** How long a browser may take to send a whole request (Node's requestTimeout). */
  readonly requestTimeoutMs?: number;
  /** How long a browser may take to send a request's headers (Node's headersTimeout). */
  readonly headersTimeoutMs?: number;
  /** How long an idle kept-alive browser connection stays open. */
  readonly keepAliveTimeoutMs?: number;
  /** Open browser connections at most; further ones are closed at once. */
  readonly maxConnections?: number;
  /** Open connections to the upstream at most; further calls wait for one. */
  readonly maxUpstreamConnections?: number;
  /** How long close() lets running responses finish before cutting them off. */
  readonly shutdownGraceMs?: number;
  /** `host` or `host:port` entries; default localhost, 127.0.0.1 and [::1] on the server's port. */
  readonly allowedHosts?: readonly string[];
  /** Serve HTTPS directly. */
  readonly https?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** A TLS-terminating proxy is in front: users reach the app over HTTPS (turns HSTS on). */
  readonly trustProxyTls?: boolean;
  /** Receives one JSON line per request (and a few warnings); default: silent. */
  readonly log?: LogLine;
}

export interface ServerTimeouts {
  readonly upstreamHeadersMs: number;
  readonly upstreamDeadlineMs: number;
  readonly requestMs: number;
  readonly headersMs: number;
  readonly keepAliveMs: number;
  readonly shutdownGraceMs: number;
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly distDir: string;
  readonly runtimeConfigJson: string;
  readonly apiBasePath: string;
  readonly upstreamOrigin: URL;
  readonly authorityOrigins: readonly string[];
  readonly timeouts: ServerTimeouts;
  readonly maxConnections: number;
  readonly maxUpstreamConnections: number;
  readonly allowedHosts: readonly string[] | undefined;
  readonly https: DashboardServerOptions['https'];
  /** Users reach the app over HTTPS, directly or through the proxy. */
  readonly servedOverHttps: boolean;
  readonly log: LogLine;
}

/** The defaults, also documented in server/README.md. */
export const defaults = {
  upstreamHeadersTimeoutMs: 10_000,
  // The browser gives each attempt 30 s (src/lib/api-client/create-api-client.ts): answering 504
  // before that lets it see the server's error rather than its own timeout.
  upstreamDeadlineMs: 25_000,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  // Longer than the usual load balancer idle timeout (60 s), so the balancer closes first.
  keepAliveTimeoutMs: 72_000,
  maxConnections: 1_000,
  maxUpstreamConnections: 64,
  shutdownGraceMs: 5_000,
} as const;

/** `/api`, `/api/partner-center`: absolute, no trailing slash, plain segments (no `.` or `..`). */
export const apiBasePathPattern = /^(\/(?!\.+(?:\/|$))[A-Za-z0-9._~-]+)+$/;

/** `https://host[:port]`, optionally with a trailing slash, and nothing more. */
export function isHttpOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '');
}

function positiveInteger(name: keyof typeof defaults, value: number | undefined): number {
  const resolved = value ?? defaults[name];
  if (!Number.isInteger(resolved) || resolved <= 0) {
    throw new TypeError(`${name} must be a positive integer, got ${String(resolved)}`);
  }
  return resolved;
}

function resolveTimeouts(options: DashboardServerOptions): ServerTimeouts {
  const timeouts = {
    upstreamHeadersMs: positiveInteger(
      'upstreamHeadersTimeoutMs',
      options.upstreamHeadersTimeoutMs,
    ),
    upstreamDeadlineMs: positiveInteger('upstreamDeadlineMs', options.upstreamDeadlineMs),
    requestMs: positiveInteger('requestTimeoutMs', options.requestTimeoutMs),
    headersMs: positiveInteger('headersTimeoutMs', options.headersTimeoutMs),
    keepAliveMs: positiveInteger('keepAliveTimeoutMs', options.keepAliveTimeoutMs),
    shutdownGraceMs: positiveInteger('shutdownGraceMs', options.shutdownGraceMs),
  };
  // Node refuses a headers timeout longer than the request timeout.
  if (timeouts.headersMs > timeouts.requestMs) {
    throw new TypeError('headersTimeoutMs must not be longer than requestTimeoutMs');
  }
  return timeouts;
}

export function resolveOptions(options: DashboardServerOptions): ResolvedOptions {
  if (!apiBasePathPattern.test(options.apiBasePath)) {
    throw new TypeError(
      `apiBasePath must look like /api/partner-center, got "${options.apiBasePath}"`,
    );
  }
  if (!isHttpOrigin(options.upstreamOrigin)) {
    throw new TypeError(
      `upstreamOrigin must be an http(s) origin, got "${options.upstreamOrigin}"`,
    );
  }
  const authorityOrigins =
    typeof options.authorityOrigin === 'string'
      ? [options.authorityOrigin]
      : options.authorityOrigin;
  if (authorityOrigins.length === 0) throw new TypeError('authorityOrigin must name an origin');
  return {
    port: options.port,
    host: options.host ?? '127.0.0.1',
    distDir: options.distDir,
    runtimeConfigJson: JSON.stringify(options.runtimeConfig),
    apiBasePath: options.apiBasePath,
    upstreamOrigin: new URL(options.upstreamOrigin),
    authorityOrigins: authorityOrigins.map(toOrigin),
    timeouts: resolveTimeouts(options),
    maxConnections: positiveInteger('maxConnections', options.maxConnections),
    maxUpstreamConnections: positiveInteger(
      'maxUpstreamConnections',
      options.maxUpstreamConnections,
    ),
    allowedHosts: options.allowedHosts,
    https: options.https,
    servedOverHttps: options.https !== undefined || options.trustProxyTls === true,
    log: options.log ?? (() => undefined),
  };
}
