import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server';
import { deferred } from './test-support/deferred';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream';
import { request } from './test-support/http-client';
import { startTestServer } from './test-support/start-test-server';
import { createTempDist, type TempDist } from './test-support/temp-dist';

const token = 'Bearer eyJhbGciOiJSUzI1NiJ9.secret-token.sig';
const ids = { 'ms-requestid': '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6', 'ms-correlationid': 'c-42' };

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
    upstreamTimeoutMs: 300,
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
        Cookie: 'session=1',
        Origin: 'http://127.0.0.1',
        Referer: 'http://127.0.0.1/customers',
        'X-Forwarded-For': '10.1.2.3',
        'X-Forwarded-Host': 'evil.example',
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
    });
  });

  it('forwards HEAD as HEAD, and the bare base path as /', async () => {
    await request(server.url, '/api/partner-center', { method: 'HEAD' });
    expect(upstream.received[0]?.method).toBe('HEAD');
    expect(upstream.received[0]?.url).toBe('/');
  });

  it.each([
    ['/api/partner-center//evil.example/x', '//evil.example/x'],
    ['/api/partner-center/http://evil.example/x', '/http://evil.example/x'],
    ['/api/partner-center/@evil.example/x', '/@evil.example/x'],
    [
      '/api/partner-center/v1/customers/c/deviceBatches/Test%20batch%2F2/devices',
      '/v1/customers/c/deviceBatches/Test%20batch%2F2/devices',
    ],
  ])('keeps %s on the upstream, path unchanged', async (path, expected) => {
    const res = await request(server.url, path);
    expect(res.status).toBe(200);
    expect(upstream.received.map((req) => [req.url, req.headers.host])).toEqual([
      [expected, new URL(upstream.origin).host],
    ]);
  });

  it('refuses other methods with 405 in the API error shape, forwarding nothing', async () => {
    const res = await request(server.url, '/api/partner-center/v1/customers', {
      method: 'POST',
      headers: ids,
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.headers['ms-requestid']).toBe(ids['ms-requestid']);
    expect(JSON.parse(res.text)).toEqual({
      statusCode: 405,
      message: expect.any(String) as string,
    });
    expect(upstream.received).toHaveLength(0);
  });
});

describe('what comes back', () => {
  it('passes status, body and headers through, minus hop-by-hop and Set-Cookie', async () => {
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
    const res = await request(server.url, '/api/partner-center/v1/customers');
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
        .get(`${server.url}/api/partner-center/v1/customers`, (res) => {
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
  it('logs method, path, status and time, never the token or the query', () => {
    expect(logLines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/partner-center\/v1\/customers 429 \d+ms$/),
      ]),
    );
    expect(logLines.join('\n')).not.toMatch(/secret-token|size=50|page-2/);
  });
});
