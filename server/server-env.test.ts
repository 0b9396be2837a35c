import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerEnv } from './server-env.js';

const auth = {
  AUTH_CLIENT_ID: '6a1f3c2e-8b4d-4e5f-9a0b-1c2d3e4f5a6b',
  AUTH_AUTHORITY: 'https://login.microsoftonline.com/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
};

describe('readServerEnv', () => {
  it('fills in the production defaults', () => {
    expect(readServerEnv(auth)).toEqual({
      port: 4280,
      host: '127.0.0.1',
      distDir: resolve('dist'),
      runtimeConfig: expect.objectContaining({ apiBase: '/api/partner-center' }) as unknown,
      apiBasePath: '/api/partner-center',
      upstreamOrigin: 'https://api.partnercenter.microsoft.com',
      authorityOrigin: ['https://login.microsoftonline.com'],
      trustProxyTls: false,
      upstreamHeadersTimeoutMs: 10_000,
      upstreamDeadlineMs: 25_000,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 72_000,
      maxConnections: 1_000,
      maxUpstreamConnections: 64,
    });
  });

  it('takes the server variables', () => {
    const options = readServerEnv({
      ...auth,
      PORT: '8080',
      HOST: '0.0.0.0',
      DIST_DIR: '/srv/dashboard',
      API_BASE_PATH: '/pc',
      PARTNER_CENTER_ORIGIN: 'http://localhost:4281',
      ALLOWED_HOSTS: 'dashboard.contoso.example, localhost:8080',
      TRUST_PROXY_TLS: 'true',
      UPSTREAM_HEADERS_TIMEOUT_MS: '5000',
      UPSTREAM_DEADLINE_MS: '20000',
      REQUEST_TIMEOUT_MS: '15000',
      HEADERS_TIMEOUT_MS: '4000',
      KEEP_ALIVE_TIMEOUT_MS: '65000',
      MAX_CONNECTIONS: '200',
      MAX_UPSTREAM_CONNECTIONS: '16',
    });
    expect(options).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      distDir: '/srv/dashboard',
      apiBasePath: '/pc',
      runtimeConfig: { apiBase: '/pc' },
      upstreamOrigin: 'http://localhost:4281',
      allowedHosts: ['dashboard.contoso.example', 'localhost:8080'],
      trustProxyTls: true,
      upstreamHeadersTimeoutMs: 5_000,
      upstreamDeadlineMs: 20_000,
      requestTimeoutMs: 15_000,
      headersTimeoutMs: 4_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 200,
      maxUpstreamConnections: 16,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: must be a port number'],
    [{ PORT: '70000' }, 'PORT: must be a port number'],
    [
      { PARTNER_CENTER_ORIGIN: 'https://api.partnercenter.microsoft.com/v1' },
      'PARTNER_CENTER_ORIGIN',
    ],
    [{ PARTNER_CENTER_ORIGIN: 'ftp://example.com' }, 'PARTNER_CENTER_ORIGIN'],
    [{ ALLOWED_HOSTS: 'http://dashboard.example' }, 'ALLOWED_HOSTS: must be host'],
    [{ TRUST_PROXY_TLS: 'yes' }, 'TRUST_PROXY_TLS: must be true or false'],
    [{ AUTH_CLIENT_ID: undefined }, 'AUTH_CLIENT_ID: is required'],
    [{ UPSTREAM_DEADLINE_MS: '25s' }, 'UPSTREAM_DEADLINE_MS: must be a whole number above 0'],
    [{ MAX_CONNECTIONS: '0' }, 'MAX_CONNECTIONS: must be a whole number above 0'],
    [
      { HEADERS_TIMEOUT_MS: '40000' },
      'HEADERS_TIMEOUT_MS: must not be longer than REQUEST_TIMEOUT_MS',
    ],
  ])('names the variable in its error: %j', (env, message) => {
    expect(() => readServerEnv({ ...auth, ...env })).toThrow(message);
  });
});
