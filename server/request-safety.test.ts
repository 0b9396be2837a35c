import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { parseRawResponse, rawRequest, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, indexHtml, secret, type TempDist } from './test-support/temp-dist.js';

let dist: TempDist;
let upstream: FakeUpstream;
let server: DashboardServer;
let host: string;

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
  server = await startTestServer({ distDir: dist.distDir, upstreamOrigin: upstream.origin });
  host = new URL(server.url).host;
});
afterAll(async () => {
  await server.close();
  await upstream.close();
  await dist.cleanup();
});

describe('path traversal', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/%c0%ae%c0%ae/secret.txt',
    '/api/partner-center/../../secret.txt',
    '/api/partner-center/v1/customers/%2e%2e/%2e%2e/admin',
  ])('refuses %s with 400, reading and forwarding nothing', async (path) => {
    const res = await request(server.url, path);
    expect(res.status).toBe(400);
    expect(res.text).not.toContain(secret);
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    `GET /assets/..\\..\\secret.txt HTTP/1.1\r\nHost: HOST\r\n\r\n`,
    `GET /index.html\0.js HTTP/1.1\r\nHost: HOST\r\n\r\n`,
  ])('refuses raw backslashes and NUL with 400 (%#)', async (bytes) => {
    const raw = await rawRequest(server.url, bytes.replace('HOST', host));
    const { status, headers } = parseRawResponse(raw);
    expect(status).toBe(400);
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(raw).not.toContain(secret);
  });
});

describe('authority', () => {
  it('refuses a Host the server does not answer for (DNS rebinding) with 421', async () => {
    for (const path of ['/', '/config.json', '/api/partner-center/v1/customers']) {
      const res = await request(server.url, path, { headers: { host: 'attacker.example' } });
      expect(res.status).toBe(421);
    }
    expect(upstream.received).toHaveLength(0);
  });

  it.each(['1.0', '1.1'])('refuses an HTTP/%s request without a Host with 400', async (version) => {
    const raw = await rawRequest(server.url, `GET / HTTP/${version}\r\nConnection: close\r\n\r\n`);
    const { status, headers } = parseRawResponse(raw);
    expect(status).toBe(400);
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a request with two Host headers with 400, forwarding nothing', async () => {
    for (const [first, second] of [
      [host, 'attacker.example'],
      ['attacker.example', host],
      [host, host],
    ]) {
      const raw = await rawRequest(
        server.url,
        `GET /api/partner-center/v1/customers HTTP/1.1\r\nHost: ${first ?? ''}\r\n` +
          `Authorization: Bearer t\r\nHost: ${second ?? ''}\r\n\r\n`,
      );
      const { status, headers } = parseRawResponse(raw);
      expect(status).toBe(400);
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses absolute-form targets for other hosts with 421', async () => {
    for (const target of ['http://evil.example/', 'http://evil.example/api/partner-center/v1/x']) {
      const raw = await rawRequest(server.url, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect(parseRawResponse(raw).status).toBe(421);
    }
    expect(upstream.received).toHaveLength(0);
  });

  it('accepts an absolute-form target for its own host', async () => {
    const raw = await rawRequest(
      server.url,
      `GET http://${host}/customers HTTP/1.1\r\nHost: ignored.example\r\nConnection: close\r\n\r\n`,
    );
    expect(parseRawResponse(raw).status).toBe(200);
    expect(raw).toContain(indexHtml);
  });

  it('answers only the configured hosts when allowedHosts is set', async () => {
    const custom = await startTestServer({
      distDir: dist.distDir,
      allowedHosts: ['dashboard.contoso.example'],
    });
    try {
      const named = await request(custom.url, '/', {
        headers: { host: 'dashboard.contoso.example' },
      });
      expect(named.status).toBe(200);
      expect((await request(custom.url, '/')).status).toBe(421);
    } finally {
      await custom.close();
    }
  });
});
