import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { deferred } from './test-support/deferred.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const ids = {
  'ms-requestid': '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  'ms-correlationid': '0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a',
};
const headers = { ...bearer, ...ids };
const upstreamHeadersTimeoutMs = 300;

let dist: TempDist;
let upstream: FakeUpstream;
let server: DashboardServer;

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
  server = await startTestServer({
    distDir: dist.distDir,
    upstreamOrigin: upstream.origin,
    upstreamHeadersTimeoutMs,
  });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
  await dist.cleanup();
});

describe('when the upstream fails', () => {
  it('answers 504 in the gateway error shape when it is silent too long', async () => {
    upstream.answer(() => undefined);
    const res = await request(server.url, '/api/partner-center/v1/customers', { headers });
    expect(res.status).toBe(504);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['ms-requestid']).toBe(ids['ms-requestid']);
    expect(res.headers['ms-correlationid']).toBe(ids['ms-correlationid']);
    expect(JSON.parse(res.text)).toEqual({
      statusCode: 504,
      message: 'The Partner Center API did not answer in time.',
    });
  });

  it('cuts the response off when the upstream stalls in the middle of the body', async () => {
    upstream.answer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"items":[');
    });
    const outcome = await new Promise<string>((resolve) => {
      http.get(`${server.url}/api/partner-center/v1/customers`, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve('ended'));
        res.on('error', () => resolve('broken off'));
      });
    });
    expect(outcome).toBe('broken off');
  });

  it('sends a read again, once, when the upstream closed the kept-alive connection it reused', async () => {
    let calls = 0;
    upstream.answer((req, res) => {
      calls += 1;
      // The second request arrives on the first one's kept-alive socket: the upstream drops it.
      if (calls === 2) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`{"call":${String(calls)}}`);
    });
    const first = await request(server.url, '/api/partner-center/v1/customers', { headers });
    const second = await request(server.url, '/api/partner-center/v1/customers', { headers });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(JSON.parse(second.text)).toEqual({ call: 3 });
  });

  it('never sends a write again: a POST whose connection is reset is answered 502', async () => {
    let calls = 0;
    upstream.answer((req, res) => {
      calls += 1;
      if (req.method === 'POST') {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    // A read first, so the POST goes out on a kept-alive connection, as the read retry's case.
    await request(server.url, '/api/partner-center/v1/customers', { headers });
    const res = await request(server.url, '/api/partner-center/v1/customers/c1/deviceBatches', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{"batchId":"b1","devices":[]}',
    });
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text)).toEqual({
      statusCode: 502,
      message: 'The Partner Center API could not be reached.',
    });
    expect(calls).toBe(2);
    expect(upstream.received.filter((req) => req.method === 'POST')).toHaveLength(1);
  });

  it('passes a 503 on as it came, without calling again (the browser retries on its own terms)', async () => {
    let calls = 0;
    upstream.answer((_req, res) => {
      calls += 1;
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' });
      res.end('{"statusCode":503,"message":"Service unavailable"}');
    });
    const res = await request(server.url, '/api/partner-center/v1/customers', { headers });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(calls).toBe(1);
  });

  it('answers 502 when the connection is refused, and does not echo odd ids', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await startTestServer({
      distDir: dist.distDir,
      upstreamOrigin: `http://127.0.0.1:${port}`,
    });
    try {
      const res = await request(unreachable.url, '/api/partner-center/v1/customers', {
        headers: { ...bearer, 'ms-requestid': ids['ms-requestid'], 'ms-correlationid': '<script>' },
      });
      expect(res.status).toBe(502);
      expect(res.headers['ms-requestid']).toBe(ids['ms-requestid']);
      expect(res.headers['ms-correlationid']).toBeUndefined();
      expect(JSON.parse(res.text)).toEqual({
        statusCode: 502,
        message: 'The Partner Center API could not be reached.',
      });
    } finally {
      await unreachable.close();
    }
  });
});

describe('when the browser goes away', () => {
  let patient: DashboardServer;
  const patientHeadersTimeoutMs = 1_000;
  beforeAll(async () => {
    patient = await startTestServer({
      distDir: dist.distDir,
      upstreamOrigin: upstream.origin,
      upstreamHeadersTimeoutMs: patientHeadersTimeoutMs,
    });
  });
  afterAll(() => patient.close());

  it.each([
    // @fastify/reply-from gives the upstream call no way to be cancelled before it answers (see
    // server/README.md): it ends when the headers timeout runs out, not with the browser.
    ['before the upstream answers', false, 'within the headers timeout'],
    ['in the middle of the body', true, 'at once'],
  ])('drops the upstream request %s, %s', async (_when, answerFirst) => {
    const upstreamClosed = deferred();
    const arrived = deferred();
    upstream.answer((_req, res) => {
      res.on('close', upstreamClosed.resolve);
      if (answerFirst) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"items":[');
      }
      arrived.resolve();
    });
    const client = http.get(`${patient.url}/api/partner-center/v1/customers`, { headers });
    client.on('error', () => undefined);
    await arrived.promise;
    const leftAt = performance.now();
    client.destroy();
    await upstreamClosed.promise;
    const lingeredMs = performance.now() - leftAt;
    expect(lingeredMs).toBeLessThan(
      answerFirst ? patientHeadersTimeoutMs : 4 * patientHeadersTimeoutMs,
    );
  });
});
