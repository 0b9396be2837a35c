import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyBatches } from '../seed/named-batches';
import { customerWithManyBatches, customerWithoutBatches } from '../seed/named-customers';
import {
  apiErrorSchema,
  collectionSchema,
  deviceBatchSchema,
  deviceSchema,
} from './test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const batchesPath = `/v1/customers/${customerWithManyBatches.id}/deviceBatches`;
const devicesPath = (batchId: string): string =>
  `${batchesPath}/${encodeURIComponent(batchId)}/devices`;

async function manyBatchesList() {
  return collectionSchema(deviceBatchSchema).parse((await emulator.request(batchesPath)).body)
    .items;
}

describe('GET /v1/customers/{id}/deviceBatches', () => {
  it('lists a dozen batches covering every status, a missing one and an unknown one', async () => {
    const batches = await manyBatchesList();
    expect(batches.map((batch) => batch.id)).toEqual(
      Object.values(manyBatches).map((batch) => batch.id),
    );
    const statuses = batches.map((batch) => batch.status);
    for (const status of ['queued', 'processing', 'finished', 'finished_with_errors', 'archived']) {
      expect(statuses).toContain(status);
    }
    const withoutStatus = batches.find((batch) => batch.id === manyBatches.withoutStatus.id);
    expect(withoutStatus).not.toHaveProperty('status');
  });

  it('writes createdBy on some batches only', async () => {
    const batches = await manyBatchesList();
    expect(batches.some((batch) => batch.createdBy !== undefined)).toBe(true);
    expect(batches.some((batch) => !('createdBy' in batch))).toBe(true);
  });

  it('keeps the awkward names as they are', async () => {
    const ids = (await manyBatchesList()).map((batch) => batch.id);
    expect(ids).toEqual(
      expect.arrayContaining(['Test batch', 'Ölçü cihazları – Q3', 'Lab #3', '100% refurb']),
    );
    expect(ids).toEqual(expect.arrayContaining(['Why? batch', 'R&D laptops', 'C++ team']));
    expect(manyBatches.longName.id).toHaveLength(120);
  });

  it('answers an empty collection for a customer without batches', async () => {
    const response = await emulator.request(
      `/v1/customers/${customerWithoutBatches.id}/deviceBatches`,
    );
    expect(collectionSchema(deviceBatchSchema).parse(response.body)).toMatchObject({
      totalCount: 0,
      items: [],
    });
  });
});

describe('batch ids in the devices path', () => {
  it('round-trip through encodeURIComponent for every batch, special characters included', async () => {
    for (const batch of await manyBatchesList()) {
      const response = await emulator.request(devicesPath(batch.id));
      expect(response.status, batch.id).toBe(200);
      const devices = collectionSchema(deviceSchema).parse(response.body);
      const expected = Object.values(manyBatches).find((named) => named.id === batch.id);
      const served =
        expected && 'devicesServed' in expected ? expected.devicesServed : batch.devicesCount;
      expect(devices.items.length, batch.id).toBe(Math.min(100, served));
    }
  });

  it('are percent-decoded exactly once', async () => {
    const doubleEncoded = `${batchesPath}/${encodeURIComponent(encodeURIComponent('100% refurb'))}/devices`;
    const response = await emulator.request(doubleEncoded);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(response.body).code).toBe(1000);
  });

  it('are matched case-insensitively, like the path segments', async () => {
    const path = `/V1/CUSTOMERS/${customerWithManyBatches.id}/DEVICEBATCHES/${encodeURIComponent('lab #3')}/Devices`;
    expect((await emulator.request(path)).status).toBe(200);
  });

  it('answer 404 code 1000 for a batch the customer does not have', async () => {
    const response = await emulator.request(devicesPath('No such batch'));
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({ code: 1000 });
  });
});
