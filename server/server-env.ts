/** The production server's settings, read from environment variables (see server/README.md). */
import { resolve } from 'node:path';
import { z } from 'zod';
import { hostList, optional, parseEnv, withDefault, type Env } from './env-parsing.js';
import {
  identityProviderOrigins,
  runtimeConfigEnvSchema,
  toRuntimeConfig,
} from './runtime-config.js';
import { defaults, isHttpOrigin, type DashboardServerOptions } from './server-options.js';

const origin = z
  .string()
  .refine(
    isHttpOrigin,
    'must be an http(s) origin without a path, e.g. https://api.partnercenter.microsoft.com',
  );

const positiveInteger = (fallback: number) =>
  withDefault(
    z
      .string()
      .regex(/^[1-9]\d{0,8}$/, 'must be a whole number above 0')
      .transform(Number),
    String(fallback),
  );

const serverEnvSchema = runtimeConfigEnvSchema
  .extend({
    PORT: withDefault(
      z
        .string()
        .regex(/^\d{1,5}$/, 'must be a port number')
        .transform(Number)
        .refine((port) => port <= 65535, 'must be a port number'),
      '4280',
    ),
    HOST: withDefault(z.string(), '127.0.0.1'),
    DIST_DIR: withDefault(z.string(), 'dist'),
    PARTNER_CENTER_ORIGIN: withDefault(origin, 'https://api.partnercenter.microsoft.com'),
    ALLOWED_HOSTS: optional(hostList),
    TRUST_PROXY_TLS: withDefault(
      z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true'),
      'false',
    ),
    UPSTREAM_HEADERS_TIMEOUT_MS: positiveInteger(defaults.upstreamHeadersTimeoutMs),
    UPSTREAM_DEADLINE_MS: positiveInteger(defaults.upstreamDeadlineMs),
    REQUEST_TIMEOUT_MS: positiveInteger(defaults.requestTimeoutMs),
    HEADERS_TIMEOUT_MS: positiveInteger(defaults.headersTimeoutMs),
    KEEP_ALIVE_TIMEOUT_MS: positiveInteger(defaults.keepAliveTimeoutMs),
    MAX_CONNECTIONS: positiveInteger(defaults.maxConnections),
    MAX_UPSTREAM_CONNECTIONS: positiveInteger(defaults.maxUpstreamConnections),
  })
  .superRefine((env, context) => {
    // Node refuses a headers timeout longer than the request timeout.
    if (env.HEADERS_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
      context.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: 'must not be longer than REQUEST_TIMEOUT_MS',
      });
    }
  });

export type ServerEnvOptions = Omit<DashboardServerOptions, 'log' | 'https' | 'shutdownGraceMs'>;

/** Checks every variable at once; throws one error naming each bad one. */
export function readServerEnv(env: Env): ServerEnvOptions {
  const parsed = parseEnv(serverEnvSchema, env);
  const runtimeConfig = toRuntimeConfig(parsed);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    distDir: resolve(parsed.DIST_DIR),
    runtimeConfig,
    apiBasePath: parsed.API_BASE_PATH,
    upstreamOrigin: parsed.PARTNER_CENTER_ORIGIN,
    authorityOrigin: identityProviderOrigins(runtimeConfig),
    ...(parsed.ALLOWED_HOSTS ? { allowedHosts: parsed.ALLOWED_HOSTS } : {}),
    trustProxyTls: parsed.TRUST_PROXY_TLS,
    upstreamHeadersTimeoutMs: parsed.UPSTREAM_HEADERS_TIMEOUT_MS,
    upstreamDeadlineMs: parsed.UPSTREAM_DEADLINE_MS,
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: parsed.HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: parsed.KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: parsed.MAX_CONNECTIONS,
    maxUpstreamConnections: parsed.MAX_UPSTREAM_CONNECTIONS,
  };
}
