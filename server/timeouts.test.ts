import http from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, parseRawResponse, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

/** Short, so the tests are quick; every wait below is derived from these. */
const limits = {
  upstreamHeadersTimeoutMs: 10_000,
  upstreamDeadlineMs: 400,
  requestTimeoutMs: 600,
  headersTimeoutMs: 300,
  keepAliveTimeoutMs: 300,
};

let dist: TempDist;
let upstream: FakeUpstream;
let server: DashboardServer;

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
  server = await startTestServer({
    distDir: dist.distDir,
    upstreamOrigin: upstream.origin,
    ...limits,
  });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
  await dist.cleanup();
});

/** A socket to the server, with everything it receives until the server closes it. */
function openSocket(url: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      let received = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
      const closed = new Promise<string>((settle) => socket.on('close', () => settle(received)));
      resolve({ socket, closed });
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

describe('the upstream deadline', () => {
  it('answers 504 when the upstream has not answered in time, however long its headers may take', async () => {
    upstream.answer(() => undefined);
    const started = performance.now();
    const res = await request(server.url, '/api/partner-center/v1/customers', { headers: bearer });
    const elapsed = performance.now() - started;
    expect(res.status).toBe(504);
    expect(JSON.parse(res.text)).toEqual({
      statusCode: 504,
      message: 'The Partner Center API did not answer in time.',
    });
    expect(elapsed).toBeGreaterThanOrEqual(limits.upstreamDeadlineMs * 0.9);
    expect(elapsed).toBeLessThan(limits.upstreamHeadersTimeoutMs);
  });

  it('cuts off a response whose body is still coming at the deadline', async () => {
    upstream.answer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const drip = setInterval(() => res.write(' '), limits.upstreamDeadlineMs / 8);
      res.on('close', () => clearInterval(drip));
    });
    const started = performance.now();
    const outcome = await new Promise<string>((resolve) => {
      http
        .get(`${server.url}/api/partner-center/v1/customers`, { headers: bearer }, (res) => {
          res.resume();
          res.on('end', () => resolve('ended'));
          res.on('error', () => resolve('broken off'));
        })
        .on('error', () => resolve('broken off'));
    });
    expect(outcome).toBe('broken off');
    expect(performance.now() - started).toBeGreaterThanOrEqual(limits.upstreamDeadlineMs * 0.9);
  });
});

describe('browser connections', () => {
  it('answers 408 to a request whose headers do not arrive in time', async () => {
    const { socket, closed } = await openSocket(server.url);
    const started = performance.now();
    socket.write(`GET / HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\n`);
    const { status, headers } = parseRawResponse(await closed);
    expect(status).toBe(408);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(performance.now() - started).toBeGreaterThanOrEqual(limits.headersTimeoutMs * 0.9);
  });

  it('drops a request whose body does not arrive in time, calling nothing', async () => {
    upstream.received.length = 0;
    const { socket, closed } = await openSocket(server.url);
    const started = performance.now();
    socket.write(
      'POST /api/partner-center/v1/customers/c1/deviceBatches HTTP/1.1\r\n' +
        `Host: ${new URL(server.url).host}\r\nAuthorization: Bearer t\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"batchId":',
    );
    const received = await closed;
    expect(received).not.toMatch(/^HTTP\/1\.1 2/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(limits.requestTimeoutMs * 0.9);
    expect(upstream.received).toHaveLength(0);
  });

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    const { socket, closed } = await openSocket(server.url);
    socket.write(`GET /healthz HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\n\r\n`);
    const answered = performance.now();
    const received = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(performance.now() - answered).toBeGreaterThanOrEqual(limits.keepAliveTimeoutMs * 0.9);
  });
});
