import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { buildSecurityHeaders } from './security-headers.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import {
  bearer,
  parseRawResponse,
  rawRequest,
  request,
  type TestRequest,
} from './test-support/http-client.js';
import { createSelfSignedCertificate } from './test-support/self-signed-certificate.js';
import { startTestServer, testAuthority } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

let dist: TempDist;
let upstream: FakeUpstream;
let server: DashboardServer;

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
  server = await startTestServer({ distDir: dist.distDir, upstreamOrigin: upstream.origin });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
  await dist.cleanup();
});

const expected = buildSecurityHeaders({ authorityOrigins: [testAuthority], https: false });

function expectSecurityHeaders(headers: Record<string, unknown>) {
  for (const [name, value] of Object.entries(expected)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  expect(headers['strict-transport-security']).toBeUndefined();
}

describe('framing', () => {
  it('lets no one frame the app, but lets the app frame its own MSAL bridge page', async () => {
    const app = await request(server.url, '/customers');
    expect(app.headers['x-frame-options']).toBe('DENY');
    expect(app.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    const bridge = await request(server.url, '/redirect.html');
    expect(bridge.status).toBe(200);
    expect(bridge.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(bridge.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });
});

describe('security headers on every response of the app', () => {
  const cases: [string, string, TestRequest, number][] = [
    ['an asset', '/assets/app-3f2a9c.js', {}, 200],
    ['index.html', '/', {}, 200],
    ['a deep link', '/customers/c1/device-batches?status=finished', {}, 200],
    ['HEAD', '/customers', { method: 'HEAD' }, 200],
    ['config.json', '/config.json', {}, 200],
    ['a missing file', '/assets/gone.js', {}, 404],
    ['a refused method', '/', { method: 'DELETE' }, 405],
    ['a refused API method', '/api/partner-center/v1/customers', { method: 'POST' }, 405],
    ['a traversal attempt', '/%2e%2e/secret.txt', {}, 400],
    ['a foreign host', '/', { headers: { host: 'evil.example' } }, 421],
  ];

  it.each(cases)('%s', async (_kind, path, options, status) => {
    const res = await request(server.url, path, options);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers);
  });

  it('a 304', async () => {
    const { headers } = await request(server.url, '/');
    const res = await request(server.url, '/', { headers: { 'if-none-match': headers.etag } });
    expect(res.status).toBe(304);
    expectSecurityHeaders(res.headers);
  });

  it('a gateway error', async () => {
    const unreachable = await startTestServer({ distDir: dist.distDir });
    try {
      const res = await request(unreachable.url, '/api/partner-center/v1/customers', {
        headers: bearer,
      });
      expect(res.status).toBe(502);
      expectSecurityHeaders(res.headers);
    } finally {
      await unreachable.close();
    }
  });

  it('a request the HTTP parser refuses', async () => {
    const raw = await rawRequest(server.url, 'GET /a b HTTP/1.1\r\n\r\n');
    const { status, headers } = parseRawResponse(raw);
    expect(status).toBe(400);
    expectSecurityHeaders(Object.fromEntries(headers));
  });
});

describe('forwarded API responses', () => {
  it('get nosniff and a locked-down CSP instead of the app policy', async () => {
    upstream.answer((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html',
        'Content-Security-Policy': 'default-src *',
      });
      res.end('<script>alert(1)</script>');
    });
    const res = await request(server.url, '/api/partner-center/v1/customers', { headers: bearer });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});

describe('HTTPS-only headers', () => {
  it('are sent when the app is served over HTTPS', async () => {
    const secure = await startTestServer({
      distDir: dist.distDir,
      https: await createSelfSignedCertificate(),
    });
    try {
      expect(secure.url).toMatch(/^https:/);
      const res = await request(secure.url, '/');
      expect(res.status).toBe(200);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['content-security-policy']).toMatch(/;upgrade-insecure-requests$/);
    } finally {
      await secure.close();
    }
  });

  it('are sent behind a TLS-terminating proxy, to app and API responses alike', async () => {
    const proxied = await startTestServer({
      distDir: dist.distDir,
      upstreamOrigin: upstream.origin,
      trustProxyTls: true,
    });
    try {
      for (const path of ['/', '/api/partner-center/v1/customers']) {
        const res = await request(proxied.url, path, { headers: bearer });
        expect(res.headers['strict-transport-security']).toBe(
          'max-age=31536000; includeSubDomains',
        );
      }
    } finally {
      await proxied.close();
    }
  });

  it('are not sent over plain HTTP', async () => {
    const res = await request(server.url, '/api/partner-center/v1/customers', { headers: bearer });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
