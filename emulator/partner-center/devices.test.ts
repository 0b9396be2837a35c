import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileDevices, manyBatches } from '../seed/named-batches';
import { customerWithManyBatches } from '../seed/named-customers';
import { devicesPageSize } from './devices-handler';
import { apiErrorSchema, collectionSchema, deviceSchema } from './test-support/contract-schemas';
import { customerReads, devicesPath as batchDevicesPath } from './test-support/customer-reads';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const devicesPage = collectionSchema(deviceSchema);
const devicesPath = (batchId: string): string =>
  batchDevicesPath(customerWithManyBatches.id, batchId);

/** Every page of a batch, requesting the next one with the body's continuation token. */
const allPages = (batchId: string) =>
  customerReads(emulator, customerWithManyBatches.id).devicePages(batchId);

describe('GET …/deviceBatches/{batchId}/devices', () => {
  it('serves 10,000 devices as 100 pages of 100, each device once', async () => {
    const pages = await allPages(manyBatches.tenThousandDevices.id);
    expect(pages).toHaveLength(100);
    expect(pages.every((page) => page.items.length === devicesPageSize)).toBe(true);
    const ids = new Set(pages.flatMap((page) => page.items.map((device) => device.id)));
    expect(ids.size).toBe(10_000);
  }, 20_000); // a hundred requests, each generating 100 devices: seconds when the machine is busy

  it('links the next page: same path with /v1 and the raw batch id, token in MS-ContinuationToken', async () => {
    const [first] = await allPages(manyBatches.finishedWithErrors.id);
    expect(first?.items.length).toBe(37);
    const page = devicesPage.parse(
      (await emulator.request(devicesPath(manyBatches.tenThousandDevices.id))).body,
    );
    expect(page.links?.next).toEqual({
      uri: `/v1/customers/${customerWithManyBatches.id}/deviceBatches/${manyBatches.tenThousandDevices.id}/devices`,
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: page.continuationToken }],
    });
  });

  it('answers the last page with empty links and no token (observed, docs/partner-center-api.md §6.5)', async () => {
    const pages = await allPages(manyBatches.singleDevice.id);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items).toHaveLength(1);
    expect(pages[0]?.links).toEqual({});
    expect(pages[0]).not.toHaveProperty('continuationToken');
  });

  it('serves fewer devices than devicesCount says for the mismatched batch', async () => {
    const pages = await allPages(manyBatches.mismatchedCount.id);
    const served = pages.flatMap((page) => page.items).length;
    expect(served).toBe(manyBatches.mismatchedCount.devicesServed);
    expect(served).not.toBe(manyBatches.mismatchedCount.devicesCount);
  });

  it('omits absent fields instead of writing null: some devices lack productKey or hardwareHash', async () => {
    const page = (await allPages(manyBatches.processing.id))[0];
    const devices = page?.items ?? [];
    expect(devices.some((device) => !('productKey' in device))).toBe(true);
    expect(devices.some((device) => !('hardwareHash' in device))).toBe(true);
    expect(devices.some((device) => device.hardwareHash !== undefined)).toBe(true);
    expect(deviceSchema.safeParse({ ...devices[0], productKey: null }).success).toBe(false);
  });

  it('serves the hostile values exactly, at the documented places', async () => {
    const [page] = await allPages(manyBatches.hostileValues.id);
    for (const hostile of hostileDevices) {
      const device = page?.items.find((candidate) => candidate.id === hostile.id);
      expect(device?.[hostile.field]).toBe(hostile.value);
    }
  });

  it('refuses a continuation token issued for another batch', async () => {
    const tenThousand = devicesPage.parse(
      (await emulator.request(devicesPath(manyBatches.tenThousandDevices.id))).body,
    );
    const response = await emulator.request(devicesPath(manyBatches.processing.id), {
      headers: { 'MS-ContinuationToken': tenThousand.continuationToken ?? '' },
    });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).code).toBe(800002);
  });
});
