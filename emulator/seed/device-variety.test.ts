import { describe, expect, it } from 'vitest';
import { generateDevices } from './device-factory';
import { unsetDotNetDate } from './dotnet-dates';
import { liveFormsBatches, liveFormsCustomer } from './live-forms-customer';
import { namedCustomers } from './named-customers';
import { createSeedCatalogue } from './seed-catalogue';
import type { BatchRecord, DeviceRecord } from './seed-records';

const catalogue = createSeedCatalogue(20170725);
const guid = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
const docsNonGuidId = /^\d{4}(?:-\d{4}){5}-\d{2}$/;

const allDevices = (batches: readonly BatchRecord[]): DeviceRecord[] =>
  batches.flatMap((batch) => generateDevices(batch.deviceSource, 0, batch.devicesServed));

describe('devices of ordinary (generated) customers', () => {
  const named = new Set(namedCustomers.map((customer) => customer.id));
  const devices = allDevices(
    catalogue.customers.filter((customer) => !named.has(customer.id)).flatMap((c) => c.batches),
  );

  it('include some registered by hardware hash alone, with a hash and no product key', () => {
    const hashOnly = devices.filter((device) => device.hashOnly === true);
    expect(hashOnly.length).toBeGreaterThan(devices.length * 0.02);
    expect(hashOnly.length).toBeLessThan(devices.length * 0.1);
    for (const device of hashOnly) {
      expect(device.hardwareHash).toBeDefined();
      expect(device.productKey).toBeUndefined();
    }
  });

  it('include some whose id is not a GUID but the documented digit groups', () => {
    const odd = devices.filter((device) => !guid.test(device.id));
    expect(odd.length).toBeGreaterThan(0);
    for (const device of odd) expect(device.id).toMatch(docsNonGuidId);
  });
});

describe('devices of the named demo batches', () => {
  it('all have a GUID id and are identified by serial number, so tests can search them', () => {
    const fixtures = namedCustomers.filter(
      (customer) => 'batches' in customer && customer.id !== liveFormsCustomer.id,
    );
    const devices = allDevices(
      fixtures.flatMap((customer) => catalogue.findCustomer(customer.id)?.batches ?? []),
    );
    expect(devices.length).toBeGreaterThan(10_000);
    expect(devices.filter((device) => device.hashOnly === true)).toEqual([]);
    expect(devices.filter((device) => !guid.test(device.id)).map((device) => device.id)).toEqual(
      [],
    );
  });
});

describe('devices of the live-forms customer', () => {
  const batch = catalogue
    .findCustomer(liveFormsCustomer.id)
    ?.batches.find((candidate) => candidate.id === liveFormsBatches.autopilotImport.id);
  if (batch === undefined) throw new Error('the live-forms customer has no Autopilot import');
  const devices = generateDevices(batch.deviceSource, 0, 20);

  it('carry their oddities at fixed positions, whatever the seed', () => {
    const other = createSeedCatalogue(1)
      .findCustomer(liveFormsCustomer.id)
      ?.batches.find((candidate) => candidate.id === batch.id);
    const otherDevices = other === undefined ? [] : generateDevices(other.deviceSource, 0, 20);
    for (const list of [devices, otherDevices]) {
      expect(list.flatMap((device, index) => (device.hashOnly ? [index] : []))).toEqual([
        1, 5, 9, 13, 17,
      ]);
      expect(list.flatMap((device, index) => (guid.test(device.id) ? [] : [index]))).toEqual([
        2, 7, 12, 17,
      ]);
      expect(
        list.flatMap((device, index) => (device.uploadedDate === unsetDotNetDate ? [index] : [])),
      ).toEqual([3, 13]);
    }
  });
});
