import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { deferred } from './test-support/deferred.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const token = 'Bearer eyJhbGciOiJSUzI1NiJ9.secret-token.sig';
const ids = {
  'ms-requestid': '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  'ms-correlationid': '0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a',
};

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
beforeEach(() => {
  upstream.received.length = 0;
});

describe('what reaches the upstream', () => {
  it('strips the base path, keeps the query, and passes only the allowed headers', async () => {
    await request(server.url, '/api/partner-center/v1/customers?size=50&seekOperation=Next', {
      headers: {
        Authorization: token,
        Accept: 'application/json',
        'X-Locale': 'nl-NL',
        'MS-RequestId': ids['ms-requestid'],
        'MS-CorrelationId': ids['ms-correlationid'],
        'ms-continuationtoken': 'page-2',
        'MS-CV': 'YrLe3w6BbUSMt1fi.1',
        'MS-PartnerCenter-Application': 'Zero-Touch Batches',
        'MS-Contract-Version': 'v1',
        'If-Match': '"etag-1"',
        'MS-Other': 'not documented',
        Cookie: 'session=1',
        Origin: 'http://127.0.0.1',
        Referer: 'http://127.0.0.1/customers',
        'X-Forwarded-For': '10.1.2.3',
        'X-Forwarded-Host': 'evil.example',
        'Accept-Encoding': 'gzip, br',
        Foo: 'bar',
        'User-Agent': 'test-browser',
      },
    });
    const [received] = upstream.received;
    expect(received?.method).toBe('GET');
    expect(received?.url).toBe('/v1/customers?size=50&seekOperation=Next');
    expect(received?.headers).toEqual({
      host: new URL(upstream.origin).host,
      connection: 'keep-alive',
      authorization: token,
      accept: 'application/json',
      'x-locale': 'nl-NL',
      ...ids,
      'ms-continuationtoken': 'page-2',
      'ms-cv': 'YrLe3w6BbUSMt1fi.1',
      'ms-partnercenter-application': 'Zero-Touch Batches',
      'ms-contract-version': 'v1',
      'if-match': '"etag-1"',
    });
  });

  it('drops the headers a Connection header names: they belong to the browser connection', async () => {
    await request(server.url, '/api/partner-center/v1/customers', {
      headers: { ...bearer, 'X-Locale': 'nl-NL', 'MS-CV': 'cv.1', Connection: 'X-Locale, MS-CV' },
    });
    expect(upstream.received[0]?.headers['x-locale']).toBeUndefined();
    expect(upstream.received[0]?.headers['ms-cv']).toBeUndefined();
    expect(upstream.received[0]?.headers.authorization).toBe(bearer.authorization);
  });

  it('keeps an encoded path segment on the upstream, unchanged', async () => {
    const res = await request(
      server.url,
      '/api/partner-center/v1/customers/c/deviceBatches/Test%20batch%2F2/devices',
      { headers: bearer },
    );
    expect(res.status).toBe(200);
    expect(upstream.received.map((req) => [req.url, req.headers.host])).toEqual([
      ['/v1/customers/c/deviceBatches/Test%20batch%2F2/devices', new URL(upstream.origin).host],
    ]);
  });

  it.each([
    '/api/partner-center//evil.example/x',
    '/api/partner-center/http://evil.example/x',
    '/api/partner-center/@evil.example/x',
  ])('never takes %s anywhere: the path is not one it forwards', async (path) => {
    const res = await request(server.url, path, { headers: bearer });
    expect(res.status).toBe(404);
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses other methods with 405 in the API error shape, forwarding nothing', async () => {
    const res = await request(server.url, '/api/partner-center/v1/customers', {
      method: 'POST',
      headers: { ...bearer, ...ids, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET');
    expect(res.headers['ms-requestid']).toBe(ids['ms-requestid']);
    expect(JSON.parse(res.text)).toEqual({
      statusCode: 405,
      message: expect.any(String) as string,
    });
    expect(upstream.received).toHaveLength(0);
  });
});

describe('what comes back', () => {
  it('passes status, body and the allowed headers through, minus hop-by-hop and Set-Cookie', async () => {
    const body =
      '\uFEFF{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}';
    upstream.answer((_req, res) => {
      res.writeHead(429, {
        'Content-Type': 'application/json; charset=utf-8',
        'Retry-After': '57',
        'MS-RequestId': ids['ms-requestid'],
        'MS-CV': 'YrLe3w6BbUSMt1fi.0',
        'Set-Cookie': 'tracking=1; Path=/',
        Connection: 'x-hop',
        'X-Hop': 'connection-scoped',
        'Keep-Alive': 'timeout=5',
      });
      res.end(body);
    });
    const res = await request(server.url, '/api/partner-center/v1/customers', { headers: bearer });
    expect(res.status).toBe(429);
    expect(res.text).toBe(body);
    expect(res.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'retry-after': '57',
      'ms-requestid': ids['ms-requestid'],
      'ms-cv': 'YrLe3w6BbUSMt1fi.0',
      'x-content-type-options': 'nosniff',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-hop']).toBeUndefined();
  });

  it('streams: the first bytes arrive before the upstream has finished', async () => {
    const firstChunkSeen = deferred();
    upstream.answer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"items":[');
      void firstChunkSeen.promise.then(() => res.end(']}'));
    });
    const chunks: string[] = [];
    await new Promise<void>((resolve, reject) => {
      http
        .get(`${server.url}/api/partner-center/v1/customers`, { headers: bearer }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            chunks.push(chunk);
            if (chunks.length === 1) firstChunkSeen.resolve();
          });
          res.on('end', resolve);
        })
        .on('error', reject);
    });
    expect(chunks[0]).toBe('{"items":[');
    expect(chunks.join('')).toBe('{"items":[]}');
  });
});

describe('logging', () => {
  it('logs one JSON line per request: method, path, status and time, never the token or the query', async () => {
    logLines.length = 0;
    await request(server.url, '/api/partner-center/v1/customers?size=50&filter=secret-search', {
      headers: { ...bearer, authorization: token, ...ids },
    });
    await request(server.url, '/customers?q=also-secret', { headers: { 'ms-requestid': '<x>' } });
    await expect.poll(() => logLines.length).toBe(2);
    const [api, page] = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(api).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/api/partner-center/v1/customers',
      status: 200,
      durationMs: expect.any(Number) as number,
      msRequestId: ids['ms-requestid'],
    });
    expect(page).toMatchObject({ method: 'GET', path: '/customers', status: 200 });
    expect(page).not.toHaveProperty('msRequestId');
    expect(logLines.join('\n')).not.toMatch(/secret-token|secret-search|also-secret|size=50/);
  });
});
