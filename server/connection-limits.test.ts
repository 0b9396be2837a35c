import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

let dist: TempDist;
let upstream: FakeUpstream;

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream.close();
  await dist.cleanup();
});

/** Resolves with the socket once connected, and with whether the server closed it first. */
function connectTo(url: string): Promise<{ socket: Socket; closedByServer: Promise<boolean> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.on('error', () => undefined);
    const closedByServer = new Promise<boolean>((settle) => {
      socket.on('end', () => settle(true));
      socket.on('close', () => settle(true));
    });
    socket.on('connect', () => resolve({ socket, closedByServer }));
  });
}

describe('browser connections', () => {
  let server: DashboardServer;
  beforeAll(async () => {
    server = await startTestServer({ distDir: dist.distDir, maxConnections: 2 });
  });
  afterAll(() => server.close());

  it('are capped: one over the limit is closed at once, and a freed place is used again', async () => {
    const first = await connectTo(server.url);
    const second = await connectTo(server.url);
    const third = await connectTo(server.url);
    expect(await third.closedByServer).toBe(true);

    first.socket.destroy();
    // The server counts the freed place once it has seen the close: ask until it has.
    await expect
      .poll(async () => (await request(server.url, '/healthz').catch(() => undefined))?.status)
      .toBe(200);
    second.socket.destroy();
  });
});

describe('upstream connections', () => {
  let server: DashboardServer;
  beforeAll(async () => {
    server = await startTestServer({
      distDir: dist.distDir,
      upstreamOrigin: upstream.origin,
      maxUpstreamConnections: 1,
    });
  });
  afterAll(() => server.close());

  it('are capped: calls beyond the limit wait for a connection instead of opening more', async () => {
    upstream.received.length = 0;
    let running = 0;
    let mostAtOnce = 0;
    const waiting: (() => void)[] = [];
    upstream.answer((_req, res) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      // Each call is held until the test has seen whether another one arrived alongside it.
      waiting.push(() => {
        running -= 1;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{}');
      });
    });
    const calls = [1, 2, 3].map(() =>
      request(server.url, '/api/partner-center/v1/customers', { headers: bearer }),
    );
    for (let answered = 0; answered < calls.length; answered += 1) {
      await expect.poll(() => waiting.length).toBe(1);
      waiting.shift()?.();
    }
    expect((await Promise.all(calls)).map((res) => res.status)).toEqual([200, 200, 200]);
    expect(mostAtOnce).toBe(1);
    const sockets = new Set(upstream.received.map((req: IncomingMessage) => req.socket));
    expect(sockets.size).toBe(1);
  });
});
