import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiRoutes } from './api-routes.js';
import type { DashboardServer } from './create-dashboard-server.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const requestId = '7f1e0c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

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
beforeEach(() => {
  upstream.received.length = 0;
});

const api = (path: string) => `/api/partner-center${path}`;

function expectGatewayError(
  res: { status: number; text: string; headers: object },
  status: number,
) {
  expect(res.status).toBe(status);
  expect(JSON.parse(res.text)).toEqual({
    statusCode: status,
    message: expect.any(String) as string,
  });
  expect(res.headers).toMatchObject({ 'ms-requestid': requestId, 'cache-control': 'no-store' });
}

describe('the forwarded routes', () => {
  const calls = apiRoutes.flatMap(({ path, methods }) =>
    methods.map((method) => [method, path.replace(/\{(\w+)\}/g, '$1-1')] as const),
  );

  it.each(calls)('forwards %s %s', async (method, path) => {
    const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
    const res = await request(server.url, api(path), {
      method,
      headers: { ...bearer, ...(withBody ? { 'content-type': 'application/json' } : {}) },
      ...(withBody ? { body: '{}' } : {}),
    });
    expect(res.status).toBe(200);
    expect(upstream.received.map((req) => `${req.method ?? ''} ${req.url ?? ''}`)).toEqual([
      `${method} ${path}`,
    ]);
  });

  it('matches literal segments in any case', async () => {
    const res = await request(server.url, api('/V1/Customers/c1/DEVICEBATCHES'), {
      headers: bearer,
    });
    expect(res.status).toBe(200);
    expect(upstream.received[0]?.url).toBe('/V1/Customers/c1/DEVICEBATCHES');
  });
});

describe('what is not forwarded', () => {
  it.each([
    '',
    '/',
    '/v1',
    '/v1/customers/',
    '/v1/customers//deviceBatches',
    '/v2/customers',
    '/customers',
    '/v1/customers/c1/profiles/company',
    '/v1/invoices',
    '/v1/customers/c1/deviceBatches/b1/devices/d1/extra',
  ])('answers 404 to the API path "%s", calling nothing', async (path) => {
    const res = await request(server.url, api(path), {
      headers: { ...bearer, 'ms-requestid': requestId },
    });
    expectGatewayError(res, 404);
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    ['HEAD', '/v1/customers', 'GET'],
    ['OPTIONS', '/v1/customers', 'GET'],
    ['POST', '/v1/customers', 'GET'],
    ['DELETE', '/v1/customers/c1/deviceBatches', 'GET, POST'],
    ['PUT', '/v1/customers/c1/deviceBatches/b1/devices/d1', 'DELETE'],
    ['GET', '/v1/customers/c1/DevicePolicyUpdates', 'PATCH'],
    ['PATCH', '/v1/customers/c1/policies/p1', 'GET, PUT, DELETE'],
  ])('answers %s %s with 405, allowing %s, calling nothing', async (method, path, allow) => {
    const res = await request(server.url, api(path), {
      method,
      headers: { ...bearer, 'ms-requestid': requestId },
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    if (method !== 'HEAD') expectGatewayError(res, 405);
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    ['no Authorization header', undefined],
    ['an empty one', ''],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a bare scheme', 'Bearer'],
    ['a scheme without its space', 'Bearer,token'],
  ])('answers 401 to a call with %s, calling nothing', async (_case, authorization) => {
    const res = await request(server.url, api('/v1/customers'), {
      headers: {
        'ms-requestid': requestId,
        ...(authorization === undefined ? {} : { authorization }),
      },
    });
    expectGatewayError(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(upstream.received).toHaveLength(0);
  });
});
