import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerEnv } from './server-env';

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
  ])('names the variable in its error: %j', (env, message) => {
    expect(() => readServerEnv({ ...auth, ...env })).toThrow(message);
  });
});
