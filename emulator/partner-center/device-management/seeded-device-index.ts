import type { BatchRecord, CustomerRecord } from '../../seed/seed-records';
import { forEachSeededDevice } from '../seeded-devices';

/**
 * Where each of a customer's seeded devices sits and which profile the seed gave it, for the calls
 * that name a device by its id alone (a profile assignment) or need every device's profile (the
 * profiles' device counts). Built once per customer record, at the first such call: a few hundred
 * milliseconds for Northwind Traders' 10,399 served devices, a few hundred kilobytes kept.
 */
export interface SeededDevicePlace {
  readonly batch: BatchRecord;
  readonly index: number;
  /** The name of the profile the seed gave the device; absent when it has none. */
  readonly profileName: string | undefined;
}

export interface SeededDeviceIndex {
  /** A seeded device by its id, matched exactly. */
  find(deviceId: string): SeededDevicePlace | undefined;
  /** The profile the seed gave the device at `index` of a seeded batch (its id as stored). */
  profileNameAt(batchId: string, index: number): string | undefined;
  /** Profile name → how many served devices the seed gave it. */
  readonly devicesByProfileName: ReadonlyMap<string, number>;
}

function buildIndex(customer: CustomerRecord): SeededDeviceIndex {
  const places = new Map<string, { readonly batch: BatchRecord; readonly index: number }>();
  const profileNames = new Map<string, (string | undefined)[]>();
  const devicesByProfileName = new Map<string, number>();
  forEachSeededDevice(customer, (batch, index, device) => {
    places.set(device.id, { batch, index });
    const names = profileNames.get(batch.id) ?? [];
    profileNames.set(batch.id, names);
    names[index] = device.profileName;
    if (device.profileName !== undefined) {
      devicesByProfileName.set(
        device.profileName,
        (devicesByProfileName.get(device.profileName) ?? 0) + 1,
      );
    }
  });
  const profileNameAt = (batchId: string, index: number): string | undefined =>
    profileNames.get(batchId)?.[index];
  return {
    find(deviceId) {
      const place = places.get(deviceId);
      return place && { ...place, profileName: profileNameAt(place.batch.id, place.index) };
    },
    profileNameAt,
    devicesByProfileName,
  };
}

const indexes = new WeakMap<CustomerRecord, SeededDeviceIndex>();

export function seededDeviceIndex(customer: CustomerRecord): SeededDeviceIndex {
  const existing = indexes.get(customer);
  if (existing !== undefined) return existing;
  const index = buildIndex(customer);
  indexes.set(customer, index);
  return index;
}
