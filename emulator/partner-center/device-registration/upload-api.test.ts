import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { devicesRegisteredElsewhere } from '../../seed/devices-registered-elsewhere';
import { unsetDotNetDate } from '../../seed/dotnet-dates';
import { exampleHardwareHash } from '../../seed/hardware-hashes';
import { docsTestBatch, manyBatches } from '../../seed/named-batches';
import {
  customerHiddenFromSalesAgent,
  customerWithManyBatches,
  customerWithoutBatches,
  docsExampleCustomer,
  liveFormsCustomer,
} from '../../seed/named-customers';
import {
  apiErrorSchema,
  batchUploadDetailsSchema,
  collectionSchema,
  deviceBatchSchema,
  deviceSchema,
} from '../test-support/contract-schemas';
import {
  startTestEmulator,
  type TestCaller,
  type TestEmulator,
} from '../test-support/test-emulator';
import { useEmulatorWithClock } from '../test-support/emulator-with-clock';
import { maxDevicesPerUpload } from './upload-body';

const step = 1000;
const clock = useEmulatorWithClock({ uploadStepMs: step });
const { emulator } = clock;

const finishUploads = () => {
  clock.advance(2 * step);
};

const batchesPath = (customerId: string) => `/v1/customers/${customerId}/deviceBatches`;
const devicesPath = (customerId: string, batchId: string) =>
  `${batchesPath(customerId)}/${encodeURIComponent(batchId)}/devices`;
const fourthCoffee = customerWithoutBatches.id;

const fresh = (key: string) => ({
  hardwareHash: exampleHardwareHash(`upload-api/${key}`),
  serialNumber: `SN-${key}`,
});

const post = (path: string, body: unknown, as: TestCaller = 'admin-agent') =>
  emulator.request(path, { method: 'POST', body, as });

/** Posts an upload that must be accepted; returns the path of its tracker. */
async function accepted(path: string, body: unknown): Promise<string> {
  const response = await post(path, body);
  expect(response.status, response.text).toBe(202);
  const location = response.headers.get('Location') ?? '';
  return `/v1${location}`;
}

async function batchList(customerId: string) {
  const response = await emulator.request(batchesPath(customerId));
  return collectionSchema(deviceBatchSchema).parse(response.body).items;
}

async function uploadStatus(statusPath: string, as: TestCaller = 'admin-agent') {
  const response = await emulator.request(statusPath, { as });
  expect(response.status, response.text).toBe(200);
  return batchUploadDetailsSchema.parse(response.body);
}

describe('POST …/deviceBatches', () => {
  it('answers 202, no body, Location to the tracker without /v1', async () => {
    const response = await post(batchesPath(fourthCoffee), {
      batchId: 'Wave 1',
      devices: [fresh('a')],
    });
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    expect(response.headers.get('Content-Length')).toBe('0');
    expect(response.headers.get('Content-Type')).toBeNull();
    expect(response.headers.get('Location')).toMatch(
      new RegExp(`^/customers/${fourthCoffee}/batchJobStatus/[0-9a-f-]{36}$`),
    );
  });

  it('lists the batch at once with no devices; its devices arrive when the upload finishes', async () => {
    const statusPath = await accepted(batchesPath(fourthCoffee), {
      BatchId: 'Wave 1',
      Devices: [fresh('a'), fresh('b')],
    });
    expect(await batchList(fourthCoffee)).toEqual([
      {
        id: 'Wave 1',
        status: 'queued',
        creationDate: expect.stringMatching(/^\d{4}-.+\.\d{7}Z$/),
        devicesCount: 0,
        devicesLink: {
          uri: `/customers/${fourthCoffee}/deviceBatches/Wave 1/devices`,
          method: 'GET',
          headers: [],
        },
        createdBy: 'Contoso Partner Ltd',
        attributes: { objectType: 'DeviceBatch' },
      },
    ]);

    const queued = await uploadStatus(statusPath);
    expect(queued).toMatchObject({ status: 'queued', completedTime: unsetDotNetDate });
    expect(queued.devicesStatus).toEqual([
      {
        serialNumber: 'SN-a',
        status: 'in-progress',
        attributes: { objectType: 'DeviceUploadDetails' },
      },
      expect.objectContaining({ serialNumber: 'SN-b', status: 'in-progress' }),
    ]);
    clock.advance(step);
    expect((await uploadStatus(statusPath)).status).toBe('processing');
    clock.advance(step);
    const finished = await uploadStatus(statusPath);
    expect(finished).toMatchObject({ status: 'finished' });
    expect(finished.completedTime).not.toBe(unsetDotNetDate);
    expect(finished.batchTrackingId).toBe(statusPath.split('/').at(-1));

    const [batch] = await batchList(fourthCoffee);
    expect(batch).toMatchObject({ devicesCount: 2, status: 'finished' });
    const devices = collectionSchema(deviceSchema).parse(
      (await emulator.request(devicesPath(fourthCoffee, 'wave 1'))).body,
    ).items;
    expect(devices.map((device) => device.serialNumber)).toEqual(['SN-a', 'SN-b']);
    expect(devices[0]).toMatchObject({
      hardwareHash: fresh('a').hardwareHash,
      policies: [{ key: 'o_o_b_e', value: null }],
      uploadedBy: 'adele.vance@contoso-partner.example',
      allowedOperations: ['GET', 'PATCH', 'DELETE'],
    });
    expect(finished.devicesStatus.map((device) => device.deviceId)).toEqual(
      devices.map((device) => device.id),
    );
  });

  it.each([
    ['a body that is not JSON', 'not json', 'the body is not JSON'],
    ['no batch id', { devices: [fresh('a')] }, 'batchId is required'],
    ['an empty batch id', { batchId: '', devices: [fresh('a')] }, 'batchId must not be empty'],
    ['no devices', { batchId: 'b' }, 'devices is required'],
    ['an empty device list', { batchId: 'b', devices: [] }, 'devices must hold at least one'],
    [
      `more than ${maxDevicesPerUpload} devices`,
      {
        batchId: 'b',
        devices: Array.from({ length: maxDevicesPerUpload + 1 }, (_, i) => ({
          productKey: `${i}`,
        })),
      },
      `at most ${maxDevicesPerUpload} devices per request`,
    ],
  ])('refuses %s: 400 code 800002', async (_case, body, problem) => {
    const response =
      typeof body === 'string'
        ? await emulator.request(batchesPath(fourthCoffee), { method: 'POST', text: body })
        : await post(batchesPath(fourthCoffee), body);
    expect(response.status).toBe(400);
    const error = apiErrorSchema.parse(response.body);
    expect(error.code).toBe(800002);
    expect(error.description).toContain(problem);
    expect(await batchList(fourthCoffee)).toEqual([]);
  });

  it('takes 500 devices at once', async () => {
    const devices = Array.from({ length: maxDevicesPerUpload }, (_, i) => ({
      productKey: `K-${i}`,
    }));
    await accepted(batchesPath(fourthCoffee), { batchId: 'Big', devices });
    finishUploads();
    expect((await batchList(fourthCoffee))[0]?.devicesCount).toBe(maxDevicesPerUpload);
  });

  it('answers 409 for a batch id the customer has, seeded or uploaded, in any case', async () => {
    const seeded = await post(batchesPath(docsExampleCustomer.id), {
      batchId: docsTestBatch.id.toUpperCase(),
      devices: [fresh('a')],
    });
    expect(seeded.status).toBe(409);
    expect(apiErrorSchema.parse(seeded.body).description).toContain('already has a device batch');
    await accepted(batchesPath(fourthCoffee), { batchId: 'Wave 1', devices: [fresh('a')] });
    expect(
      (await post(batchesPath(fourthCoffee), { batchId: 'WAVE 1', devices: [fresh('b')] })).status,
    ).toBe(409);
  });

  it('answers the customer errors first: 400 not a GUID, 404 unknown customer', async () => {
    const body = { batchId: 'b', devices: [fresh('a')] };
    expect((await post(batchesPath('contoso'), body)).status).toBe(400);
    const unknown = await post(batchesPath(crypto.randomUUID()), body);
    expect(unknown.status).toBe(404);
    expect(apiErrorSchema.parse(unknown.body).code).toBe(60003);
  });
});

describe('POST …/deviceBatches/{batchId}/devices', () => {
  it('adds to a batch an upload created, a bare list or { devices }', async () => {
    await accepted(batchesPath(fourthCoffee), { batchId: 'Wave 1', devices: [fresh('a')] });
    await accepted(devicesPath(fourthCoffee, 'wave 1'), [fresh('b')]);
    await accepted(devicesPath(fourthCoffee, 'Wave 1'), { Devices: [fresh('c')] });
    finishUploads();
    expect((await batchList(fourthCoffee))[0]).toMatchObject({ id: 'Wave 1', devicesCount: 3 });
  });

  it('adds to a seeded batch after its own devices, across the page boundary', async () => {
    const batch = manyBatches.queued; // 40 seeded devices
    const added = Array.from({ length: 70 }, (_, i) => ({ productKey: `ADDED-${i}` }));
    await accepted(devicesPath(customerWithManyBatches.id, batch.id), added);
    finishUploads();
    const listed = (await batchList(customerWithManyBatches.id)).find((b) => b.id === batch.id);
    expect(listed?.devicesCount).toBe(110);
    const page = collectionSchema(deviceSchema);
    const first = page.parse(
      (await emulator.request(devicesPath(customerWithManyBatches.id, batch.id))).body,
    );
    expect(first.items).toHaveLength(100);
    const isAdded = (device: { productKey?: string }) => device.productKey?.startsWith('ADDED-');
    expect(first.items.slice(0, 40).some(isAdded)).toBe(false);
    expect(first.items[40]?.productKey).toBe('ADDED-0');
    const second = page.parse(
      (
        await emulator.request(devicesPath(customerWithManyBatches.id, batch.id), {
          headers: { 'MS-ContinuationToken': first.continuationToken ?? '' },
        })
      ).body,
    );
    expect(second.items.map((device) => device.productKey)).toEqual(
      added.slice(60).map((device) => device.productKey),
    );
    expect(second.continuationToken).toBeUndefined();
  });

  it('answers 404 code 1000 for a batch the customer does not have', async () => {
    const response = await post(devicesPath(fourthCoffee, 'No such batch'), [fresh('a')]);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(response.body).code).toBe(1000);
  });

  it('refuses a body that is not a list of devices', async () => {
    const response = await post(devicesPath(docsExampleCustomer.id, docsTestBatch.id), {
      batchId: 'x',
    });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).description).toContain('devices is required');
  });
});

describe('per-device errors', () => {
  it('802, ZtdDeviceDuplicated, 808 (hash or serial) and 806, the batch finished_with_errors', async () => {
    const [byHash, bySerial] = devicesRegisteredElsewhere;
    await accepted(batchesPath(fourthCoffee), { batchId: 'First', devices: [fresh('known')] });
    finishUploads();
    const statusPath = await accepted(batchesPath(fourthCoffee), {
      batchId: 'Second',
      devices: [
        fresh('new'),
        { hardwareHash: 'DummyHash123', serialNumber: 'SN-bad-hash' },
        { ...fresh('new'), hardwareHash: exampleHardwareHash('other') },
        { hardwareHash: byHash?.hardwareHash },
        {
          serialNumber: bySerial?.serialNumber,
          oemManufacturerName: bySerial?.oemManufacturerName,
          modelName: bySerial?.modelName,
        },
        fresh('known'),
      ],
    });
    finishUploads();
    const details = await uploadStatus(statusPath);
    expect(details.status).toBe('finished_with_errors');
    expect(
      details.devicesStatus.map(({ status, errorCode, errorDescription }) => [
        status,
        errorCode,
        errorDescription,
      ]),
    ).toEqual([
      ['finished', undefined, undefined],
      ['finished_with_errors', '802', 'InvalidZtdHardwareHash'],
      ['finished_with_errors', 'ZtdDeviceDuplicated', 'ZtdDeviceDuplicated'],
      ['finished_with_errors', '808', 'ZtdDeviceAssignedToOtherTenant'],
      ['finished_with_errors', '808', 'ZtdDeviceAssignedToOtherTenant'],
      ['finished_with_errors', '806', 'ZtdDeviceAlreadyAssigned'],
    ]);
    expect(details.devicesStatus[1]).toEqual({
      serialNumber: 'SN-bad-hash',
      status: 'finished_with_errors',
      errorCode: '802',
      errorDescription: 'InvalidZtdHardwareHash',
      attributes: { objectType: 'DeviceUploadDetails' },
    });
    const second = (await batchList(fourthCoffee)).find((batch) => batch.id === 'Second');
    expect(second).toMatchObject({ devicesCount: 1, status: 'finished_with_errors' });
  });

  it('806 for a device the seed registered to the customer', async () => {
    const [seeded] = collectionSchema(deviceSchema).parse(
      (await emulator.request(devicesPath(docsExampleCustomer.id, docsTestBatch.id))).body,
    ).items;
    const statusPath = await accepted(batchesPath(docsExampleCustomer.id), {
      batchId: 'Again',
      devices: [
        {
          serialNumber: seeded?.serialNumber,
          oemManufacturerName: seeded?.oemManufacturerName,
          modelName: seeded?.modelName,
        },
      ],
    });
    finishUploads();
    expect((await uploadStatus(statusPath)).devicesStatus[0]?.errorCode).toBe('806');
  });
});

describe('806 without an upload first', () => {
  it('hits a serial number the seed gives Northwind Traders whatever the seed', async () => {
    const statusPath = await accepted(batchesPath(customerWithManyBatches.id), {
      batchId: 'Re-import',
      devices: [{ serialNumber: '+31205550100', oemManufacturerName: 'Dell Inc.', modelName: 'x' }],
    });
    finishUploads();
    expect((await uploadStatus(statusPath)).devicesStatus[0]?.errorCode).toBe('806');
  });
});

describe('GET …/batchJobStatus/{trackingId}', () => {
  it('answers 404 code 1000 for an unknown tracking id, or one of another customer', async () => {
    const statusPath = await accepted(batchesPath(fourthCoffee), {
      batchId: 'b',
      devices: [fresh('a')],
    });
    const trackingId = statusPath.split('/').at(-1) ?? '';
    for (const path of [
      `/v1/customers/${fourthCoffee}/batchJobStatus/${crypto.randomUUID()}`,
      `/v1/customers/${docsExampleCustomer.id}/batchJobStatus/${trackingId}`,
    ]) {
      const response = await emulator.request(path);
      expect(response.status).toBe(404);
      expect(apiErrorSchema.parse(response.body).code).toBe(1000);
    }
    expect(
      (await emulator.request(`/v1/customers/${fourthCoffee}/BATCHJOBSTATUS/${trackingId}`)).status,
    ).toBe(200);
  });

  it('writes nulls and the SDK’s per-device values for the live-forms customer', async () => {
    const statusPath = await accepted(batchesPath(liveFormsCustomer.id), {
      batchId: 'Live upload',
      devices: [{ hardwareHash: fresh('a').hardwareHash }],
    });
    const body = z
      .object({ devicesStatus: z.array(z.record(z.string(), z.unknown())) })
      .parse((await emulator.request(statusPath)).body);
    expect(body.devicesStatus).toEqual([
      {
        deviceId: null,
        serialNumber: null,
        productKey: null,
        status: 'queued',
        errorCode: null,
        errorDescription: null,
        attributes: { objectType: 'DeviceUploadDetails' },
      },
    ]);
  });
});

describe('roles', () => {
  const body = () => ({ batchId: 'By a sales agent', devices: [fresh('a')] });

  it('refuses uploads by a sales agent: 403 code 2032, naming the Admin agent role', async () => {
    for (const path of [
      batchesPath(docsExampleCustomer.id),
      devicesPath(docsExampleCustomer.id, docsTestBatch.id),
    ]) {
      const response = await post(
        path,
        path.endsWith('devices') ? [fresh('a')] : body(),
        'sales-agent',
      );
      expect(response.status).toBe(403);
      expect(apiErrorSchema.parse(response.body)).toMatchObject({
        code: 2032,
        description: expect.stringContaining('Admin agent'),
      });
    }
    expect((await batchList(docsExampleCustomer.id)).map((batch) => batch.id)).toEqual([
      docsTestBatch.id,
    ]);
  });

  it('refuses a user without a role as on every route', async () => {
    const response = await post(batchesPath(docsExampleCustomer.id), body(), 'none');
    expect(response.status).toBe(403);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 2032,
      description: 'Access denied',
    });
  });

  it('lets a sales agent read an upload’s status, for a customer assigned to the sales team', async () => {
    const statusPath = await accepted(batchesPath(docsExampleCustomer.id), body());
    expect((await uploadStatus(statusPath, 'sales-agent')).status).toBe('queued');
    const hidden = await accepted(batchesPath(customerHiddenFromSalesAgent.id), body());
    const refused = await emulator.request(hidden, { as: 'sales-agent' });
    expect(refused.status).toBe(403);
    expect(apiErrorSchema.parse(refused.body).code).toBe(20002);
  });
});

describe('test controls', () => {
  it('DELETE /__emulator/uploads?customerId= forgets one customer’s uploads', async () => {
    await accepted(batchesPath(fourthCoffee), { batchId: 'One', devices: [fresh('a')] });
    await accepted(batchesPath(docsExampleCustomer.id), { batchId: 'One', devices: [fresh('a')] });
    const forgotten = await emulator.request(`/__emulator/uploads?customerId=${fourthCoffee}`, {
      method: 'DELETE',
    });
    expect(forgotten.body).toEqual({ removedUploads: 1 });
    expect(await batchList(fourthCoffee)).toEqual([]);
    expect(await batchList(docsExampleCustomer.id)).toHaveLength(2);
  });
});

describe('with every link in the /v1 form', () => {
  let v1: TestEmulator;
  beforeAll(async () => {
    v1 = await startTestEmulator({ linkStyle: 'v1', uploadStepMs: 0 });
  });
  afterAll(() => v1.close());

  it('writes Location with /v1 too', async () => {
    const response = await v1.request(batchesPath(fourthCoffee), {
      method: 'POST',
      body: { batchId: 'b', devices: [fresh('a')] },
    });
    expect(response.headers.get('Location')).toMatch(
      new RegExp(`^/v1/customers/${fourthCoffee}/batchJobStatus/`),
    );
    const status = await v1.request(response.headers.get('Location') ?? '');
    expect(batchUploadDetailsSchema.parse(status.body).status).toBe('finished');
  });
});
