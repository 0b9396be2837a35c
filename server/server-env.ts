/** The production server's settings, read from environment variables (see server/README.md). */
import { resolve } from 'node:path';
import { z } from 'zod';
import { hostList, optional, parseEnv, withDefault, type Env } from './env-parsing';
import { identityProviderOrigins, runtimeConfigEnvSchema, toRuntimeConfig } from './runtime-config';
import { isHttpOrigin, type DashboardServerOptions } from './server-options';

const origin = z
  .string()
  .refine(
    isHttpOrigin,
    'must be an http(s) origin without a path, e.g. https://api.partnercenter.microsoft.com',
  );

const serverEnvSchema = runtimeConfigEnvSchema.extend({
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
});

export type ServerEnvOptions = Omit<DashboardServerOptions, 'log' | 'https'>;

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
  };
}
