import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollingCustomer } from '../seed/named-customers';
import { collectionSchema, deviceBatchSchema } from './test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ testMode: true, pollingCompletesAfter: { requests: 4 } });
});
afterAll(() => emulator.close());

const batchesPath = `/v1/customers/${pollingCustomer.id}/deviceBatches`;

async function poll(): Promise<(string | undefined)[]> {
  const response = await emulator.request(batchesPath);
  return collectionSchema(deviceBatchSchema)
    .parse(response.body)
    .items.map((batch) => batch.status);
}

describe('the polling customer', () => {
  it('moves from queued/processing to finished after the configured number of polls', async () => {
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(await poll());
    expect(seen).toEqual([
      ['queued', 'processing', 'queued'],
      ['queued', 'processing', 'queued'],
      ['processing', 'processing', 'processing'],
      ['processing', 'processing', 'processing'],
      ['finished', 'finished', 'finished_with_errors'],
      ['finished', 'finished', 'finished_with_errors'],
    ]);
  });

  it('starts again after POST /__emulator/reset', async () => {
    await poll();
    const reset = await emulator.request('/__emulator/reset', { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await poll()).toEqual(['queued', 'processing', 'queued']);
  });
});
