import { beforeEach, describe, expect, it } from 'vitest';
import { generateDevices } from '../../seed/device-factory';
import { devicesRegisteredElsewhere } from '../../seed/devices-registered-elsewhere';
import { exampleHardwareHash } from '../../seed/hardware-hashes';
import { docsTestBatch } from '../../seed/named-batches';
import { customerWithoutBatches, docsExampleCustomer } from '../../seed/named-customers';
import { createSeedCatalogue } from '../../seed/seed-catalogue';
import type { CustomerRecord } from '../../seed/seed-records';
import { createBatchJobQueue, type BatchJobQueue } from '../batch-jobs/batch-job-queue';
import { createDeviceRegistrations, type DeviceRegistrations } from './device-registrations';
import type { DeviceInput } from './upload-body';

const catalogue = createSeedCatalogue(5);
const customerById = (id: string): CustomerRecord => {
  const customer = catalogue.findCustomer(id);
  if (customer === undefined) throw new Error(`No customer ${id}`);
  return customer;
};
const wingtip = customerById(docsExampleCustomer.id);
const fourthCoffee = customerById(customerWithoutBatches.id);

const step = 1000;
let time: number;
let jobs: BatchJobQueue;
let registrations: DeviceRegistrations;
const start = (stepMs: number) => {
  jobs = createBatchJobQueue({ stepMs, now: () => time });
  registrations = createDeviceRegistrations(jobs);
};
beforeEach(() => {
  time = Date.UTC(2025, 5, 2, 8, 0, 0);
  start(step);
});

const fresh = (key: string): DeviceInput => ({
  hardwareHash: exampleHardwareHash(key),
  serialNumber: `SN-${key}`,
});

function upload(customer: CustomerRecord, batchId: string, devices: readonly DeviceInput[]) {
  const receipt =
    registrations.findBatchId(customer, batchId) === undefined
      ? registrations.createBatch(customer, batchId, devices, 'adele@example.test')
      : registrations.addDevices(customer, batchId, devices, 'adele@example.test');
  if (receipt === undefined) throw new Error('not accepted');
  return receipt.trackingId;
}

const errorsOf = (customer: CustomerRecord, trackingId: string) =>
  jobs.snapshot(customer.id, trackingId)?.devices.map((device) => device.error?.errorCode);

describe('a new batch', () => {
  it('exists at once with no devices, queued, then processing, then finished with its devices', () => {
    const trackingId = upload(fourthCoffee, 'Wave 1', [fresh('a'), fresh('b')]);
    const listed = () => registrations.createdBatches(fourthCoffee.id);
    expect(listed()).toEqual([
      {
        id: 'Wave 1',
        creationDate: '2025-06-02T08:00:00.0000000Z',
        createdBy: 'Contoso Partner Ltd',
        devicesCount: 0,
        status: 'queued',
      },
    ]);
    time += step;
    expect(listed()[0]).toMatchObject({ devicesCount: 0, status: 'processing' });
    expect(jobs.snapshot(fourthCoffee.id, trackingId)).toEqual({
      trackingId,
      status: 'processing',
      startedAt: Date.UTC(2025, 5, 2, 8, 0, 0),
      devices: [{ serialNumber: 'SN-a' }, { serialNumber: 'SN-b' }],
    });
    time += step;
    expect(listed()[0]).toMatchObject({ devicesCount: 2, status: 'finished' });
    const added = registrations.addedDevices(fourthCoffee.id, 'WAVE 1');
    expect(added).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        ...fresh('a'),
        uploadedDate: '2025-06-02T08:00:02.0000000Z',
        uploadedBy: 'adele@example.test',
      },
      expect.objectContaining({ serialNumber: 'SN-b' }),
    ]);
    expect(jobs.snapshot(fourthCoffee.id, trackingId.toUpperCase())).toEqual({
      trackingId,
      status: 'finished',
      startedAt: Date.UTC(2025, 5, 2, 8, 0, 0),
      completedAt: Date.UTC(2025, 5, 2, 8, 0, 2),
      devices: added.map((device) => ({ deviceId: device.id, serialNumber: device.serialNumber })),
    });
  });

  it('finishes at once with a step of 0', () => {
    start(0);
    const trackingId = upload(fourthCoffee, 'Now', [fresh('a')]);
    expect(jobs.snapshot(fourthCoffee.id, trackingId)?.status).toBe('finished');
    expect(registrations.createdBatches(fourthCoffee.id)[0]?.devicesCount).toBe(1);
  });

  it('is refused when the customer has the batch, seeded or uploaded, in any case', () => {
    expect(
      registrations.createBatch(wingtip, docsTestBatch.id.toUpperCase(), [fresh('a')], undefined),
    ).toBeUndefined();
    upload(wingtip, 'Wave 1', [fresh('a')]);
    expect(registrations.createBatch(wingtip, 'wave 1', [fresh('b')], undefined)).toBeUndefined();
    expect(registrations.findBatchId(wingtip, 'WAVE 1')).toBe('Wave 1');
    expect(registrations.findBatchId(wingtip, 'test BATCH')).toBe(docsTestBatch.id);
  });
});

describe('per-device results', () => {
  const finish = () => {
    time += 2 * step;
  };

  it('registers what it can and reports 802, ZtdDeviceDuplicated, 808 and 806 for the rest', () => {
    const [elsewhere] = devicesRegisteredElsewhere;
    const [seeded] = generateDevices(
      wingtip.batches[0]?.deviceSource ?? fail('Wingtip has no batch'),
      0,
      1,
    );
    const trackingId = upload(wingtip, 'Mixed', [
      fresh('ok'),
      { hardwareHash: 'DummyHash123', productKey: '00329-00000-0003-AA606' },
      { ...fresh('ok'), hardwareHash: exampleHardwareHash('other') }, // same serial number
      { hardwareHash: elsewhere?.hardwareHash },
      {
        serialNumber: elsewhere?.serialNumber.toLowerCase(),
        oemManufacturerName: 'HP',
        modelName: 'x',
      },
      { serialNumber: seeded?.serialNumber, oemManufacturerName: 'Dell Inc.', modelName: 'y' },
    ]);
    finish();
    const snapshot = jobs.snapshot(wingtip.id, trackingId);
    expect(snapshot?.status).toBe('finished_with_errors');
    expect(snapshot?.devices[1]).toEqual({
      productKey: '00329-00000-0003-AA606',
      error: { errorCode: '802', errorDescription: 'InvalidZtdHardwareHash' },
    });
    expect(errorsOf(wingtip, trackingId)).toEqual([
      undefined,
      '802',
      'ZtdDeviceDuplicated',
      '808',
      '808',
      '806',
    ]);
    expect(registrations.addedDevices(wingtip.id, 'Mixed')).toHaveLength(1);
  });

  it('finds devices an earlier upload registered, in any batch of the customer (806)', () => {
    const first = upload(wingtip, 'One', [fresh('a')]);
    const second = upload(wingtip, 'Two', [fresh('b'), { productKey: 'K-1' }]);
    finish();
    const third = upload(wingtip, 'One', [
      { serialNumber: 'sn-b', oemManufacturerName: 'm', modelName: 'm' },
      { productKey: 'k-1' },
    ]);
    const fourth = upload(wingtip, docsTestBatch.id, [fresh('a')]);
    finish();
    expect([first, second, third, fourth].map((id) => errorsOf(wingtip, id))).toEqual([
      [undefined],
      [undefined, undefined],
      ['806', '806'],
      ['806'],
    ]);
  });

  it('judges uploads that finish together in the order they were accepted', () => {
    const first = upload(wingtip, 'One', [fresh('a')]);
    time += 1;
    const second = upload(wingtip, 'Two', [fresh('a')]);
    finish();
    expect(errorsOf(wingtip, first)).toEqual([undefined]);
    expect(errorsOf(wingtip, second)).toEqual(['806']);
  });

  it('keeps customers apart: the same device registers for two customers', () => {
    const first = upload(wingtip, 'One', [fresh('a')]);
    const second = upload(fourthCoffee, 'One', [fresh('a')]);
    finish();
    expect([errorsOf(wingtip, first), errorsOf(fourthCoffee, second)]).toEqual([
      [undefined],
      [undefined],
    ]);
  });

  it('adds to a seeded batch without changing the seed', () => {
    upload(wingtip, 'test batch', [fresh('a')]);
    finish();
    expect(registrations.addedDevices(wingtip.id, docsTestBatch.id)).toHaveLength(1);
    expect(registrations.createdBatches(wingtip.id)).toEqual([]);
    expect(wingtip.batches[0]?.devicesCount).toBe(docsTestBatch.devicesCount);
  });

  it('gives the latest upload’s status to the batch', () => {
    upload(fourthCoffee, 'One', [fresh('a')]);
    finish();
    upload(fourthCoffee, 'One', [fresh('a')]);
    expect(registrations.createdBatches(fourthCoffee.id)[0]).toMatchObject({
      status: 'queued',
      devicesCount: 1,
    });
    finish();
    expect(registrations.createdBatches(fourthCoffee.id)[0]?.status).toBe('finished_with_errors');
  });
});

describe('forget', () => {
  it('drops one customer’s uploads, pending ones included, or everyone’s', () => {
    const tracked = upload(wingtip, 'One', [fresh('a')]);
    upload(fourthCoffee, 'One', [fresh('a')]);
    upload(fourthCoffee, 'Two', [fresh('b')]);
    registrations.forget(fourthCoffee.id);
    expect(jobs.forget(fourthCoffee.id)).toBe(2);
    time += 2 * step;
    expect(registrations.createdBatches(fourthCoffee.id)).toEqual([]);
    expect(jobs.snapshot(wingtip.id, tracked)?.status).toBe('finished');
    expect(registrations.addedDevices(wingtip.id, 'One')).toHaveLength(1);
    registrations.forget();
    expect(jobs.forget()).toBe(1);
    expect(jobs.snapshot(wingtip.id, tracked)).toBeUndefined();
    expect(registrations.addedDevices(wingtip.id, 'One')).toEqual([]);
  });
});

function fail(message: string): never {
  throw new Error(message);
}
