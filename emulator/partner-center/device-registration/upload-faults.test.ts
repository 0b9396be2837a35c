import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exampleHardwareHash } from '../../seed/hardware-hashes';
import { customerWithoutBatches } from '../../seed/named-customers';
import type { FaultSpec } from '../test-mode/fault-spec';
import {
  apiErrorSchema,
  collectionSchema,
  deviceBatchSchema,
} from '../test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from '../test-support/test-emulator';

/**
 * Injected faults on the upload calls: aimed by method and path, and the one fault only writes
 * have, `accept-then-hang`, where the upload is registered but no answer ever comes.
 */
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ testMode: true, uploadStepMs: 0 });
});
afterAll(() => emulator.close());

const scope = 'upload-faults-test';
afterEach(async () => {
  await emulator.request(`/__emulator/faults?scope=${scope}`, { method: 'DELETE' });
  await emulator.request('/__emulator/uploads', { method: 'DELETE' });
});

const batchesPath = `/v1/customers/${customerWithoutBatches.id}/deviceBatches`;
const upload = (batchId: string) => ({
  batchId,
  devices: [{ hardwareHash: exampleHardwareHash(`upload-faults/${batchId}`) }],
});

async function inject(fault: Partial<FaultSpec> & Pick<FaultSpec, 'kind'>): Promise<void> {
  const response = await emulator.request('/__emulator/faults', {
    method: 'POST',
    body: { scope, pathPattern: batchesPath, method: 'POST', ...fault },
  });
  expect(response.status).toBe(201);
}

/** A POST the client gives up on after `ms`, as a client with a timeout would. */
const postGivingUpAfter = (ms: number, body: unknown) =>
  fetch(`${emulator.url}${batchesPath}`, {
    method: 'POST',
    headers: { Authorization: 'Bearer admin-agent' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ms),
  });

async function batchIds(): Promise<string[]> {
  const response = await emulator.request(batchesPath);
  return collectionSchema(deviceBatchSchema)
    .parse(response.body)
    .items.map((batch) => batch.id);
}

const loggedRequests = z.object({
  requests: z.array(z.object({ method: z.string(), path: z.string(), status: z.int().optional() })),
});

describe('faults on the upload calls', () => {
  it('accept-then-hang: the batch is created, but the answer never comes', async () => {
    await inject({ kind: 'accept-then-hang' });
    await expect(postGivingUpAfter(300, upload('Unknown outcome'))).rejects.toThrow();
    expect(await batchIds()).toEqual(['Unknown outcome']);
    const log = loggedRequests.parse((await emulator.request('/__emulator/requests')).body);
    const posted = log.requests.filter((request) => request.method === 'POST').at(-1);
    expect(posted).toEqual({ method: 'POST', path: batchesPath });
  });

  it('accept-then-hang closes the connection after latencyMs when given', async () => {
    await inject({ kind: 'accept-then-hang', latencyMs: 100 });
    await expect(
      emulator.request(batchesPath, { method: 'POST', body: upload('Closed') }),
    ).rejects.toThrow();
    expect(await batchIds()).toEqual(['Closed']);
  });

  it('hang: the request never reaches the API, so nothing is created', async () => {
    await inject({ kind: 'hang' });
    await expect(postGivingUpAfter(300, upload('Never sent'))).rejects.toThrow();
    expect(await batchIds()).toEqual([]);
  });

  it('server-error on POST: 500 and nothing created, while GET on the same path is untouched', async () => {
    await inject({ kind: 'server-error', times: 2 });
    expect((await emulator.request(batchesPath)).status).toBe(200);
    const response = await emulator.request(batchesPath, {
      method: 'POST',
      body: upload('Failed'),
    });
    expect(response.status).toBe(500);
    expect(apiErrorSchema.parse(response.body).code).toBe(800003);
    expect(await batchIds()).toEqual([]);
  });

  it('a fault aimed at the add-devices path by a glob leaves batch creation alone', async () => {
    await inject({
      kind: 'throttle',
      pathPattern: '/v1/customers/*/deviceBatches/*/devices',
      retryAfterSeconds: 3,
    });
    const created = await emulator.request(batchesPath, { method: 'POST', body: upload('Wave') });
    expect(created.status).toBe(202);
    const added = await emulator.request(`${batchesPath}/Wave/devices`, {
      method: 'POST',
      body: upload('More').devices,
    });
    expect(added.status).toBe(429);
    expect(added.headers.get('Retry-After')).toBe('3');
  });

  it('latency delays the 202 but keeps it', async () => {
    await inject({ kind: 'latency', latencyMs: 200 });
    const started = performance.now();
    const response = await emulator.request(batchesPath, { method: 'POST', body: upload('Slow') });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(response.status).toBe(202);
  });
});
