import { describe, expect, it } from 'vitest';
import { generateDevices } from './device-factory';
import { manyBatches } from './named-batches';
import { customerWithManyBatches } from './named-customers';
import { createSeedCatalogue } from './seed-catalogue';

const catalogue = createSeedCatalogue(1);
const customer = catalogue.findCustomer(customerWithManyBatches.id);
const batch = customer?.batches.find(
  (candidate) => candidate.id === manyBatches.tenThousandDevices.id,
);
if (batch === undefined) throw new Error('The 10,000-device batch is missing');
const devices = generateDevices(batch.deviceSource, 0, 2000);

const serialFormats: Readonly<Record<string, RegExp>> = {
  'Dell Inc.': /^[0-9BCDFGHJ-NP-TV-Z]{7}$/,
  LENOVO: /^(?:PF|PC|MP)[A-Z0-9]{6}$/,
  HP: /^(?:5CG|5CD|CND)\d{4}[A-Z0-9]{3}$/,
  'Microsoft Corporation': /^\d{12}$/,
};

describe('generateDevices', () => {
  it('gives the same device for the same index, whichever page asks', () => {
    expect(generateDevices(batch.deviceSource, 1234, 1)).toEqual(devices.slice(1234, 1235));
  });

  it('writes serial numbers in each manufacturer’s style', () => {
    for (const device of devices) {
      expect(device.serialNumber).toMatch(serialFormats[device.oemManufacturerName] ?? /^$/);
    }
    expect(new Set(devices.map((device) => device.oemManufacturerName)).size).toBeGreaterThan(1);
  });

  it('writes product keys in the documented form and 4K hardware hashes on some devices only', () => {
    const withKey = devices.filter((device) => device.productKey !== undefined);
    const withHash = devices.filter((device) => device.hardwareHash !== undefined);
    expect(withKey.length).toBeGreaterThan(0);
    expect(withKey.length).toBeLessThan(devices.length);
    expect(withHash.length).toBeLessThan(devices.length);
    for (const device of withKey)
      expect(device.productKey).toMatch(/^\d{5}-\d{5}-\d{4}-[A-Z]{2}\d{4}$/);
    for (const device of withHash) {
      expect(Buffer.from(device.hardwareHash ?? '', 'base64')).toHaveLength(4000);
      expect(device.hardwareHash?.startsWith('T0Fi')).toBe(true);
    }
  });

  it('assigns profiles by name, leaves some unassigned, and names an uploader on some', () => {
    const profiles = new Set(devices.map((device) => device.profileName));
    expect(profiles.has(undefined)).toBe(true);
    expect(profiles.has(customer?.policies[0]?.name)).toBe(true);
    expect(devices.some((device) => device.uploadedBy === undefined)).toBe(true);
    expect(devices.some((device) => device.uploadedBy?.includes('@'))).toBe(true);
  });

  it('generates a 100-device page of the 10,000 in a few milliseconds', () => {
    const started = performance.now();
    generateDevices(batch.deviceSource, 9900, 100);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
