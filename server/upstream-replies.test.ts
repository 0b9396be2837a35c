import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRawUpstream, type RawUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const ids = {
  'ms-requestid': '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  'ms-correlationid': '0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a',
};
const path = '/api/partner-center/v1/customers';

let dist: TempDist;
beforeAll(async () => {
  dist = await createTempDist();
});
afterAll(() => dist.cleanup());

async function withRawUpstream(
  answer: string,
  test: (url: string, upstream: RawUpstream) => Promise<void>,
) {
  const upstream = await startRawUpstream(answer);
  const server = await startTestServer({ distDir: dist.distDir, upstreamOrigin: upstream.origin });
  try {
    await test(server.url, upstream);
  } finally {
    await server.close();
    await upstream.close();
  }
}

/** The guard: whatever the last request did, the process still serves. */
async function expectStillServing(url: string) {
  expect((await request(url, '/healthz')).status).toBe(200);
  expect((await request(url, '/customers')).status).toBe(200);
}

describe('an upstream reply that is not HTTP the server can pass on', () => {
  it.each([
    ['a status above 599', 'HTTP/1.1 999 Odd\r\nContent-Length: 2\r\n\r\n{}'],
    ['a status below 100', 'HTTP/1.1 042 x\r\nContent-Length: 2\r\n\r\n{}'],
    ['no status line', 'garbage\r\n\r\n'],
    ['a broken header', 'HTTP/1.1 200 OK\r\nContent Length 2\r\n\r\n{}'],
    [
      'a compressed body',
      'HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\n{}',
    ],
    ['a connection closed without a reply', ''],
  ])('answers %s with 502 in the gateway shape, and keeps serving', async (_case, answer) => {
    await withRawUpstream(answer, async (url, upstream) => {
      const res = await request(url, path, { headers: { ...bearer, ...ids } });
      expect(res.status).toBe(502);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['ms-requestid']).toBe(ids['ms-requestid']);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(JSON.parse(res.text)).toEqual({
        statusCode: 502,
        message: expect.stringMatching(/^The Partner Center API /) as string,
      });
      expect(upstream.received.length).toBeGreaterThan(0);
      await expectStillServing(url);
      // And the same bad reply again is answered the same way.
      expect((await request(url, path, { headers: bearer })).status).toBe(502);
    });
  });

  it('cuts off a body shorter than announced, and keeps serving', async () => {
    const answer =
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{}';
    await withRawUpstream(answer, async (url) => {
      const outcome = await new Promise<string>((resolve) => {
        http
          .get(`${url}${path}`, { headers: bearer }, (res) => {
            res.resume();
            res.on('end', () => resolve('ended'));
            res.on('error', () => resolve('broken off'));
          })
          .on('error', () => resolve('broken off'));
      });
      expect(outcome).toBe('broken off');
      await expectStillServing(url);
    });
  });
});
