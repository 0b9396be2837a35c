import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxBodyBytes } from './api-forwarding.js';
import type { DashboardServer } from './create-dashboard-server.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request, type TestResponse } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const uploadPath = '/api/partner-center/v1/customers/c1/deviceBatches/b1/devices';

let dist: TempDist;
let upstream: FakeUpstream;
let server: DashboardServer;
const bodies = new WeakMap<IncomingMessage, Promise<Buffer>>();

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
beforeEach(() => {
  upstream.received.length = 0;
  upstream.answer((req, res) => {
    const chunks: Buffer[] = [];
    bodies.set(
      req,
      new Promise((resolve) => {
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          resolve(Buffer.concat(chunks));
          res.writeHead(201, { 'Content-Type': 'application/json' });
          res.end('{}');
        });
      }),
    );
  });
});

async function receivedBody(index = 0): Promise<Buffer | undefined> {
  const req = upstream.received[index];
  return req ? bodies.get(req) : undefined;
}

const json = { ...bearer, 'content-type': 'application/json; charset=utf-8' };

function expectGatewayError(res: TestResponse, status: number, message: RegExp) {
  expect(res.status).toBe(status);
  const body = JSON.parse(res.text) as { statusCode: number; message: string };
  expect(body.statusCode).toBe(status);
  expect(body.message).toMatch(message);
}

describe('request bodies', () => {
  it.each(['POST', 'PUT', 'PATCH'])(
    'forwards a %s body byte for byte, never re-serialised',
    async (method) => {
      const path = {
        POST: uploadPath,
        PUT: '/api/partner-center/v1/customers/c1/policies/p1',
        PATCH: '/api/partner-center/v1/customers/c1/DevicePolicyUpdates',
      }[method];
      // Spacing, key order, a duplicate key, an escape and a trailing newline JSON.stringify would lose.
      const body = '{ "b" :1,\n  "a":"\\u00e9t\u00e9", "a": 2 }\n';
      const res = await request(server.url, path ?? '', { method, headers: json, body });
      expect(res.status).toBe(201);
      expect(upstream.received[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(upstream.received[0]?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
      expect((await receivedBody())?.toString()).toBe(body);
    },
  );

  it('forwards a body of exactly the limit', async () => {
    const body = `"${'x'.repeat(maxBodyBytes - 2)}"`;
    const res = await request(server.url, uploadPath, { method: 'POST', headers: json, body });
    expect(res.status).toBe(201);
    expect((await receivedBody())?.length).toBe(maxBodyBytes);
  });

  it('refuses a body over 5 MiB with 413, saying the limit, calling nothing', async () => {
    const body = `"${'x'.repeat(maxBodyBytes - 1)}"`;
    const res = await request(server.url, uploadPath, { method: 'POST', headers: json, body });
    expectGatewayError(res, 413, /5 MiB/);
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses an oversized body sent without a Content-Length (chunked) too', async () => {
    const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${server.url}${uploadPath}`, { method: 'POST', headers: json });
      req.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let sent = 0; sent <= maxBodyBytes; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(res.status).toBe(413);
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['another JSON type', 'application/merge-patch+json'],
    ['no Content-Type', undefined],
  ])('refuses a body of %s with 415, calling nothing', async (_case, contentType) => {
    const res = await request(server.url, uploadPath, {
      method: 'POST',
      headers: { ...bearer, ...(contentType ? { 'content-type': contentType } : {}) },
      body: '{"devices":[]}',
    });
    expectGatewayError(res, 415, /application\/json/);
    expect(upstream.received).toHaveLength(0);
  });

  it('forwards no body with a DELETE', async () => {
    const body = '{"ignored":true}';
    // Node's client gives a DELETE body no length of its own.
    const headers = { ...json, 'content-length': String(Buffer.byteLength(body)) };
    const res = await request(
      server.url,
      '/api/partner-center/v1/customers/c1/deviceBatches/b1/devices/d1',
      { method: 'DELETE', headers, body },
    );
    expect(res.status).toBe(201);
    expect(upstream.received[0]?.headers['content-type']).toBeUndefined();
    expect((await receivedBody())?.length).toBe(0);
  });
});
