import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { customerWithManyBatches, docsExampleCustomer } from '../seed/named-customers';
import type { FaultSpec } from './test-mode/fault-spec';
import {
  apiErrorSchema,
  collectionSchema,
  deviceBatchSchema,
  gatewayErrorSchema,
} from './test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ testMode: true });
});
afterAll(() => emulator.close());

const scope = 'faults-test';
afterEach(async () => {
  await emulator.request(`/__emulator/faults?scope=${scope}`, { method: 'DELETE' });
});

const batchesPath = `/v1/customers/${docsExampleCustomer.id}/deviceBatches`;

async function inject(fault: Partial<FaultSpec> & Pick<FaultSpec, 'kind'>): Promise<void> {
  const response = await emulator.request('/__emulator/faults', {
    method: 'POST',
    body: { scope, pathPattern: batchesPath, ...fault },
  });
  expect(response.status).toBe(201);
}

describe('each fault kind', () => {
  it('throttle: 429, gateway body, Retry-After', async () => {
    await inject({ kind: 'throttle', retryAfterSeconds: 57 });
    const response = await emulator.request(batchesPath);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('57');
    expect(gatewayErrorSchema.parse(response.body)).toEqual({
      statusCode: 429,
      message: 'Rate limit is exceeded. Try again in 57 seconds.',
    });
    expect((await emulator.request(batchesPath)).status).toBe(200);
  });

  it('server-error: 500, API body code 800003', async () => {
    await inject({ kind: 'server-error' });
    const response = await emulator.request(batchesPath);
    expect(response.status).toBe(500);
    expect(apiErrorSchema.parse(response.body).code).toBe(800003);
  });

  it('unavailable: 503, gateway body', async () => {
    await inject({ kind: 'unavailable' });
    const response = await emulator.request(batchesPath);
    expect(response.status).toBe(503);
    expect(gatewayErrorSchema.parse(response.body).statusCode).toBe(503);
  });

  it('malformed-json: 200 with a truncated body', async () => {
    await inject({ kind: 'malformed-json' });
    const response = await emulator.request(batchesPath);
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
    expect(response.text.startsWith('{"totalCount":1')).toBe(true);
  });

  it('bom: a UTF-8 byte order mark before a valid body', async () => {
    await inject({ kind: 'bom' });
    const response = await fetch(`${emulator.url}${batchesPath}`, {
      headers: { Authorization: 'Bearer admin-agent' },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(collectionSchema(deviceBatchSchema).safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('missing-field: removes id from the first item, or the field asked for', async () => {
    await inject({ kind: 'missing-field' });
    await inject({ kind: 'missing-field', field: 'devicesCount' });
    await inject({ kind: 'missing-field', field: 'items' });
    const items = z.object({ items: z.array(z.record(z.string(), z.unknown())) });
    const [withoutId] = items.parse((await emulator.request(batchesPath)).body).items;
    expect(withoutId).not.toHaveProperty('id');
    expect(withoutId).toHaveProperty('devicesCount');
    const [withoutCount] = items.parse((await emulator.request(batchesPath)).body).items;
    expect(withoutCount).not.toHaveProperty('devicesCount');
    expect((await emulator.request(batchesPath)).body).not.toHaveProperty('items');
  });

  it('latency: the normal answer, after the delay', async () => {
    await inject({ kind: 'latency', latencyMs: 300 });
    const started = performance.now();
    const response = await emulator.request(batchesPath);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(response.status).toBe(200);
  });

  it('unauthorized: the answer to a refused token, though the token is good', async () => {
    await inject({ kind: 'unauthorized' });
    const refused = await emulator.request(batchesPath);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 400, description: 'Access denied' });
    expect((await emulator.request(batchesPath)).status).toBe(200);
  });

  it('hang: no answer until the client gives up', async () => {
    await inject({ kind: 'hang' });
    const request = fetch(`${emulator.url}${batchesPath}`, {
      headers: { Authorization: 'Bearer admin-agent' },
      signal: AbortSignal.timeout(300),
    });
    await expect(request).rejects.toThrow();
    expect((await emulator.request(batchesPath)).status).toBe(200);
  });

  it('hang: the connection is closed after latencyMs when given', async () => {
    await inject({ kind: 'hang', latencyMs: 100 });
    await expect(emulator.request(batchesPath)).rejects.toThrow();
  });
});

describe('which requests a fault affects', () => {
  it('skip lets requests through first, times limits how many fail ("fails half-way")', async () => {
    await inject({ kind: 'server-error', skip: 2, times: 2 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await emulator.request(batchesPath)).status);
    expect(statuses).toEqual([200, 200, 500, 500, 200]);
  });

  it('queryContains aims a fault at one request of a shared path', async () => {
    await inject({ kind: 'server-error', pathPattern: '*/v1/customers', queryContains: 'fourth' });
    const filter = (value: string) =>
      encodeURIComponent(
        JSON.stringify({ Field: 'CompanyName', Value: value, Operator: 'starts_with' }),
      );
    expect((await emulator.request(`/v1/customers?size=0&filter=${filter('North')}`)).status).toBe(
      200,
    );
    expect((await emulator.request(`/v1/customers?size=0&filter=${filter('Fourth')}`)).status).toBe(
      500,
    );
  });

  it('method narrows the fault; a * glob must match the whole path', async () => {
    await inject({ kind: 'server-error', method: 'POST' });
    await inject({ kind: 'throttle', pathPattern: '/v1/customers/*/devices', times: 5 });
    expect((await emulator.request(batchesPath)).status).toBe(200);
    const devices = `/v1/customers/${customerWithManyBatches.id}/deviceBatches/Lab%20%233/devices`;
    expect((await emulator.request(devices)).status).toBe(429);
  });

  it('a substring pattern matches case-insensitively against the encoded path', async () => {
    await inject({ kind: 'unavailable', pathPattern: 'DEVICEBATCHES/LAB%20%233' });
    const devices = `/v1/customers/${customerWithManyBatches.id}/deviceBatches/Lab%20%233/devices`;
    expect((await emulator.request(devices)).status).toBe(503);
  });
});

describe('the control API', () => {
  it('removes only the given scope’s faults, or all without a scope', async () => {
    await inject({ kind: 'throttle', times: 10 });
    await emulator.request('/__emulator/faults', {
      method: 'POST',
      body: { scope: 'other', pathPattern: '/nowhere', kind: 'throttle' },
    });
    const removed = await emulator.request('/__emulator/faults?scope=other', { method: 'DELETE' });
    expect(removed.body).toEqual({ removed: 1 });
    expect((await emulator.request(batchesPath)).status).toBe(429);
    const all = await emulator.request('/__emulator/faults', { method: 'DELETE' });
    expect(all.body).toEqual({ removed: 1 });
    expect((await emulator.request(batchesPath)).status).toBe(200);
  });

  it('refuses a fault it does not understand', async () => {
    for (const body of [{ scope, pathPattern: '/x', kind: 'explode' }, { kind: 'throttle' }]) {
      const response = await emulator.request('/__emulator/faults', { method: 'POST', body });
      expect(response.status).toBe(400);
    }
  });

  it('logs what clients sent, without the token', async () => {
    const { lastSequence } = z
      .object({ lastSequence: z.int() })
      .parse((await emulator.request('/__emulator/requests')).body);
    await emulator.request(`${batchesPath}?x=1`, {
      headers: { 'X-Locale': 'nl-NL', 'MS-CorrelationId': 'c0ffee00-0000-4000-8000-000000000000' },
    });
    await emulator.request(batchesPath, { as: 'anonymous' });
    const log = await emulator.request(`/__emulator/requests?since=${String(lastSequence)}`);
    expect(log.text).not.toContain('Bearer');
    expect(log.body).toMatchObject({
      requests: [
        {
          method: 'GET',
          path: `${batchesPath}?x=1`,
          status: 200,
          hasAuthorization: true,
          correlationId: 'c0ffee00-0000-4000-8000-000000000000',
          headers: { 'x-locale': 'nl-NL' },
        },
        { path: batchesPath, status: 401, hasAuthorization: false },
      ],
    });
  });
});

describe('outside test mode', () => {
  let plain: TestEmulator;
  beforeAll(async () => {
    plain = await startTestEmulator();
  });
  afterAll(() => plain.close());

  it.each([
    ['POST', '/__emulator/faults'],
    ['DELETE', '/__emulator/faults'],
    ['POST', '/__emulator/reset'],
    ['GET', '/__emulator/requests'],
  ])('%s %s is an unknown route (404 gateway)', async (method, path) => {
    const response = await plain.request(path, {
      method,
      ...(method === 'POST' && { body: { scope, pathPattern: '/', kind: 'throttle' } }),
    });
    expect(response.status).toBe(404);
    expect(gatewayErrorSchema.parse(response.body).message).toBe('Resource not found');
  });
});
