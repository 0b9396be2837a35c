import { describe, expect, it } from 'vitest';
import { exampleHardwareHash } from '../../seed/hardware-hashes';
import { liveFormsBatches } from '../../seed/live-forms-customer';
import { docsTestBatch, manyBatches } from '../../seed/named-batches';
import {
  customerWithManyBatches,
  customerWithoutBatches,
  docsExampleCustomer,
  liveFormsCustomer,
} from '../../seed/named-customers';
import {
  apiErrorBody,
  apiErrorSchema,
  batchUploadDetailsSchema,
} from '../test-support/contract-schemas';
import {
  customerPath,
  customerReads,
  devicesPath,
  profileOf,
  type ListedDevice,
} from '../test-support/customer-reads';
import { liveCollectionSchema, liveDeviceSchema } from '../test-support/live-forms-schemas';
import { useEmulatorWithClock } from '../test-support/emulator-with-clock';
import type { TestCaller } from '../test-support/test-emulator';

const step = 1000;
const clock = useEmulatorWithClock({ uploadStepMs: step });
const { emulator } = clock;

const wingtip = () => customerReads(emulator, docsExampleCustomer.id);
const northwind = () => customerReads(emulator, customerWithManyBatches.id);

const deregister = (customerId: string, batchId: string, deviceId: string, as?: TestCaller) =>
  emulator.request(`${devicesPath(customerId, batchId)}/${encodeURIComponent(deviceId)}`, {
    method: 'DELETE',
    ...(as && { as }),
  });

const idsOf = (devices: readonly ListedDevice[]) => devices.map((device) => device.id);

async function firstDevice(customerId: string, batchId: string): Promise<ListedDevice> {
  const [device] = await customerReads(emulator, customerId).devices(batchId);
  if (device === undefined) throw new Error(`${batchId} has no devices`);
  return device;
}

/** Uploads devices to a batch and lets the upload finish; returns its tracker's answer. */
async function upload(customerId: string, batchId: string, devices: unknown[]) {
  const response = await emulator.request(devicesPath(customerId, batchId), {
    method: 'POST',
    body: devices,
  });
  expect(response.status, response.text).toBe(202);
  clock.advance(2 * step);
  const status = await emulator.request(`/v1${response.headers.get('Location') ?? ''}`);
  return batchUploadDetailsSchema.parse(status.body);
}

describe('DELETE …/deviceBatches/{batchId}/devices/{deviceId}', () => {
  it('answers 204 with no body; the device leaves the list, its batch’s count and its profile’s count', async () => {
    const before = await wingtip().devices(docsTestBatch.id);
    const target = before.find((device) => profileOf(device) !== null);
    if (target === undefined) throw new Error('no device with a profile');
    const profile = () =>
      wingtip()
        .policies()
        .then((policies) => policies.find((policy) => policy.name === profileOf(target)));
    const assignedBefore = (await profile())?.devicesAssigned ?? 0;

    const response = await deregister(docsExampleCustomer.id, docsTestBatch.id, target.id);
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    expect(response.headers.get('Content-Type')).toBeNull();

    expect(idsOf(await wingtip().devices(docsTestBatch.id))).toEqual(
      idsOf(before).filter((id) => id !== target.id),
    );
    expect(await wingtip().devicesCount(docsTestBatch.id)).toBe(docsTestBatch.devicesCount - 1);
    expect((await profile())?.devicesAssigned).toBe(assignedBefore - 1);
  });

  it('answers 404 for a device that is not in that batch: deleted already, never there, elsewhere', async () => {
    const target = await firstDevice(docsExampleCustomer.id, docsTestBatch.id);
    expect((await deregister(docsExampleCustomer.id, docsTestBatch.id, target.id)).status).toBe(
      204,
    );
    const northwindDevice = await firstDevice(customerWithManyBatches.id, manyBatches.plusSigns.id);
    for (const [customerId, deviceId] of [
      [docsExampleCustomer.id, target.id], // already deregistered, e.g. by another tab
      [docsExampleCustomer.id, '0c1d2e3f-4a5b-4c6d-8e7f-901234567890'], // never there
      [docsExampleCustomer.id, northwindDevice.id], // another customer's device
      [customerWithManyBatches.id, northwindDevice.id], // same customer, another batch
    ] as const) {
      const response = await deregister(customerId, docsTestBatch.id, deviceId);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(
        apiErrorBody(1000, `The device ${deviceId} was not found in batch ${docsTestBatch.id}`),
      );
    }
    expect(await northwind().devicesCount(manyBatches.plusSigns.id)).toBe(
      manyBatches.plusSigns.devicesCount,
    );
  });

  it('matches the device id exactly and the batch id without regard to case', async () => {
    const target = await firstDevice(docsExampleCustomer.id, docsTestBatch.id);
    const otherCase = target.id.toUpperCase();
    expect((await deregister(docsExampleCustomer.id, docsTestBatch.id, otherCase)).status).toBe(
      404,
    );
    const response = await deregister(docsExampleCustomer.id, 'TEST BATCH', target.id);
    expect(response.status).toBe(204);
  });

  it('matches an id that is not a GUID (live forms) exactly', async () => {
    const batchId = liveFormsBatches.autopilotImport.id;
    const firstPageIds = async () =>
      liveCollectionSchema(liveDeviceSchema)
        .parse((await emulator.request(devicesPath(liveFormsCustomer.id, batchId))).body)
        .items.map((device) => device.id);
    const deviceId = (await firstPageIds())[2] ?? '';
    expect(deviceId).toMatch(/^\d{4}(?:-\d{4}){5}-\d{2}$/);
    expect((await deregister(liveFormsCustomer.id, batchId, deviceId)).status).toBe(204);
    expect(await firstPageIds()).not.toContain(deviceId);
  });

  it('answers 404 "Device batch not found" for a batch the customer does not have', async () => {
    const target = await firstDevice(docsExampleCustomer.id, docsTestBatch.id);
    const response = await deregister(docsExampleCustomer.id, 'No such batch', target.id);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 1000,
      description: 'Device batch not found',
    });
  });

  it('refuses a sales agent with the uploads’ 403 and changes nothing', async () => {
    const target = await firstDevice(docsExampleCustomer.id, docsTestBatch.id);
    const response = await deregister(
      docsExampleCustomer.id,
      docsTestBatch.id,
      target.id,
      'sales-agent',
    );
    expect(response.status).toBe(403);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 2032,
      description: 'Access denied: this operation needs the Admin agent role',
    });
    expect(await wingtip().devicesCount(docsTestBatch.id)).toBe(docsTestBatch.devicesCount);
  });

  it('closes up the pages when devices leave a batch of several pages', async () => {
    const batchId = manyBatches.processing.id;
    const before = idsOf(await northwind().devices(batchId));
    const leaving = [0, 99, 100, 249].map((index) => before[index] ?? '');
    for (const deviceId of leaving) {
      expect((await deregister(customerWithManyBatches.id, batchId, deviceId)).status).toBe(204);
    }
    const pages = await northwind().devicePages(batchId);
    expect(pages.map((page) => page.items.length)).toEqual([100, 100, 46]);
    expect(idsOf(pages.flatMap((page) => page.items))).toEqual(
      before.filter((id) => !leaving.includes(id)),
    );
    expect(await northwind().devicesCount(batchId)).toBe(manyBatches.processing.devicesCount - 4);
  });

  it('frees the device’s serial number and hash: it may be uploaded again', async () => {
    const target = await firstDevice(docsExampleCustomer.id, docsTestBatch.id);
    const again = {
      serialNumber: target.serialNumber,
      oemManufacturerName: target.oemManufacturerName,
      modelName: target.modelName,
      ...(target.hardwareHash !== undefined && { hardwareHash: target.hardwareHash }),
    };
    const refused = await upload(docsExampleCustomer.id, docsTestBatch.id, [again]);
    expect(refused.devicesStatus[0]?.errorCode).toBe('806');

    expect((await deregister(docsExampleCustomer.id, docsTestBatch.id, target.id)).status).toBe(
      204,
    );
    const accepted = await upload(docsExampleCustomer.id, docsTestBatch.id, [again]);
    expect(accepted.status).toBe('finished');
    const devices = await wingtip().devices(docsTestBatch.id);
    expect(devices.map((device) => device.serialNumber)).toContain(target.serialNumber);
    expect(devices).toHaveLength(docsTestBatch.devicesCount);
  });

  it('deregisters a device an upload added, which may then be uploaded again', async () => {
    const fourthCoffee = customerWithoutBatches.id;
    const device = { hardwareHash: exampleHardwareHash('deregister/uploaded') };
    const created = await emulator.request(`${customerPath(fourthCoffee)}/deviceBatches`, {
      method: 'POST',
      body: { batchId: 'Wave 1', devices: [device] },
    });
    expect(created.status).toBe(202);
    clock.advance(2 * step);
    const [added] = await customerReads(emulator, fourthCoffee).devices('Wave 1');
    expect((await deregister(fourthCoffee, 'wave 1', added?.id ?? '')).status).toBe(204);
    expect(await customerReads(emulator, fourthCoffee).devices('Wave 1')).toEqual([]);
    expect(await customerReads(emulator, fourthCoffee).devicesCount('Wave 1')).toBe(0);
    expect((await upload(fourthCoffee, 'Wave 1', [device])).status).toBe('finished');
  });

  it('refuses the devices of an archived batch: allowedOperations GET, DELETE 403', async () => {
    const archived = manyBatches.unrecognisedStatus;
    const devices = await northwind().devices(archived.id);
    expect(devices.map((device) => device.allowedOperations)).toEqual(devices.map(() => ['GET']));
    const [other] = await northwind().devices(manyBatches.singleDevice.id);
    expect(other?.allowedOperations).toEqual(['GET', 'PATCH', 'DELETE']);

    const response = await deregister(
      customerWithManyBatches.id,
      archived.id,
      devices[0]?.id ?? '',
    );
    expect(response.status).toBe(403);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 600006,
      description: expect.stringContaining('may not be changed'),
    });
    expect(await northwind().devicesCount(archived.id)).toBe(archived.devicesCount);
  });

  it('is undone by the test mode’s reset of one customer', async () => {
    const before = idsOf(await wingtip().devices(docsTestBatch.id));
    await deregister(docsExampleCustomer.id, docsTestBatch.id, before[0] ?? '');
    const reset = await emulator.request(
      `/__emulator/uploads?customerId=${docsExampleCustomer.id}`,
      { method: 'DELETE' },
    );
    expect(reset.status).toBe(200);
    expect(idsOf(await wingtip().devices(docsTestBatch.id))).toEqual(before);
    expect(await wingtip().devicesCount(docsTestBatch.id)).toBe(docsTestBatch.devicesCount);
  });
});
