/** The options of createDashboardServer, checked and completed with their defaults. */
import type { LogLine } from './request-log';
import { toOrigin } from './security-headers';

export interface DashboardServerOptions {
  /** 0 picks a free port (see the returned url). */
  readonly port: number;
  /** Interface to listen on; default 127.0.0.1. */
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
  /** Default 30 s. */
  readonly upstreamTimeoutMs?: number;
  /** `host` or `host:port` entries; default localhost, 127.0.0.1 and [::1] on the server's port. */
  readonly allowedHosts?: readonly string[];
  /** Serve HTTPS directly. */
  readonly https?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** A TLS-terminating proxy is in front: users reach the app over HTTPS (turns HSTS on). */
  readonly trustProxyTls?: boolean;
  /** Receives one line per request; default: silent. */
  readonly log?: LogLine;
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly distDir: string;
  readonly runtimeConfigJson: string;
  readonly apiBasePath: string;
  readonly upstreamOrigin: URL;
  readonly authorityOrigins: readonly string[];
  readonly upstreamTimeoutMs: number;
  readonly allowedHosts: readonly string[] | undefined;
  readonly https: DashboardServerOptions['https'];
  /** Users reach the app over HTTPS, directly or through the proxy. */
  readonly servedOverHttps: boolean;
  readonly log: LogLine;
}

/** `/api`, `/api/partner-center`: absolute, no trailing slash, plain segments (no `.` or `..`). */
export const apiBasePathPattern = /^(\/(?!\.+(?:\/|$))[A-Za-z0-9._~-]+)+$/;

/** `https://host[:port]`, optionally with a trailing slash, and nothing more. */
export function isHttpOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '');
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
  const timeout = options.upstreamTimeoutMs ?? 30_000;
  if (!Number.isInteger(timeout) || timeout <= 0) {
    throw new TypeError(`upstreamTimeoutMs must be a positive integer, got ${timeout}`);
  }
  const runtimeConfigJson = JSON.stringify(options.runtimeConfig);
  const authorityOrigins =
    typeof options.authorityOrigin === 'string'
      ? [options.authorityOrigin]
      : options.authorityOrigin;
  if (authorityOrigins.length === 0) throw new TypeError('authorityOrigin must name an origin');
  return {
    port: options.port,
    host: options.host ?? '127.0.0.1',
    distDir: options.distDir,
    runtimeConfigJson,
    apiBasePath: options.apiBasePath,
    upstreamOrigin: new URL(options.upstreamOrigin),
    authorityOrigins: authorityOrigins.map(toOrigin),
    upstreamTimeoutMs: timeout,
    allowedHosts: options.allowedHosts,
    https: options.https,
    servedOverHttps: options.https !== undefined || options.trustProxyTls === true,
    log: options.log ?? (() => undefined),
  };
}
