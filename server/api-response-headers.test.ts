import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const path = '/api/partner-center/v1/customers/c1/deviceBatches';

let dist: TempDist;
let upstream: FakeUpstream;
let server: DashboardServer;
const logLines: string[] = [];

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
  server = await startTestServer({
    distDir: dist.distDir,
    upstreamOrigin: upstream.origin,
    log: (line) => logLines.push(line),
  });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
  await dist.cleanup();
});

function answerWith(headers: Record<string, string | string[]>, status = 200) {
  upstream.answer((_req, res) => {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': '2',
      ...headers,
    });
    res.end('{}');
  });
}

describe('upstream response headers', () => {
  it('pass through an allow-list only', async () => {
    answerWith({
      'Retry-After': '5',
      'WWW-Authenticate': 'Bearer error="invalid_token"',
      'MS-RequestId': '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      'MS-CorrelationId': '0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a',
      'MS-CV': 'YrLe3w6BbUSMt1fi.0',
      'MS-ServerId': '101112',
      'Clear-Site-Data': '"cache", "cookies", "storage"',
      'Set-Cookie': ['a=1; Path=/', 'b=2; Path=/'],
      'Alt-Svc': 'h3=":443"; ma=86400',
      NEL: '{"report_to":"default","max_age":31536000}',
      'Report-To':
        '{"group":"default","max_age":31536000,"endpoints":[{"url":"https://evil.example"}]}',
      'Strict-Transport-Security': 'max-age=0',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
      'Content-Disposition': 'attachment; filename="x.html"',
      Link: '<https://evil.example/style.css>; rel=preload',
      Refresh: '0; url=https://evil.example',
      'X-Powered-By': 'ASP.NET',
      'X-Custom': 'x',
      'MS-Other': 'x',
    });
    const res = await request(server.url, path, { headers: bearer });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'application/json',
      'content-length': '2',
      'retry-after': '5',
      'www-authenticate': 'Bearer error="invalid_token"',
      'ms-requestid': '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      'ms-correlationid': '0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a',
      'ms-cv': 'YrLe3w6BbUSMt1fi.0',
      'ms-serverid': '101112',
    });
    expect(res.headers.date).toEqual(expect.any(String));
    for (const name of [
      'clear-site-data',
      'set-cookie',
      'alt-svc',
      'nel',
      'report-to',
      'strict-transport-security',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'content-disposition',
      'link',
      'refresh',
      'x-powered-by',
      'x-custom',
      'ms-other',
    ]) {
      expect(res.headers[name], name).toBeUndefined();
    }
  });

  it('get no-store, nosniff and a locked-down CSP, over what the upstream said', async () => {
    answerWith({
      'Cache-Control': 'public, max-age=600',
      'X-Content-Type-Options': 'sniff',
      'Content-Security-Policy': 'default-src *',
    });
    const res = await request(server.url, path, { headers: bearer });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});

describe('Location', () => {
  const batchJob = '/api/partner-center/v1/customers/c/batchJobStatus/t';

  it.each([
    [
      'an absolute URL on the upstream origin',
      () => `${upstream.origin}/v1/customers/c/batchJobStatus/t`,
    ],
    ['an API path without its version', () => '/customers/c/batchJobStatus/t'],
    ['an API path with its version', () => '/v1/customers/c/batchJobStatus/t'],
  ])('is moved onto the dashboard API path from %s', async (_case, location) => {
    answerWith({ Location: location() }, 202);
    const res = await request(server.url, path, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(202);
    expect(res.headers.location).toBe(batchJob);
  });

  it('is dropped, and logged, when it points anywhere else', async () => {
    answerWith({ Location: 'https://evil.example/v1/customers/c/batchJobStatus/t?token=x' }, 202);
    logLines.length = 0;
    const res = await request(server.url, path, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(202);
    expect(res.headers.location).toBeUndefined();
    await expect.poll(() => logLines.length).toBe(1);
    expect(JSON.parse(logLines[0] ?? '{}')).toMatchObject({
      path,
      status: 202,
      droppedLocationOrigin: 'https://evil.example',
    });
    expect(logLines[0]).not.toContain('token=x');
  });
});
