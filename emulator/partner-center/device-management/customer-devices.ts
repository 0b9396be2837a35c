import { generateDevices } from '../../seed/device-factory';
import type { CustomerRecord } from '../../seed/seed-records';
import type { ApiServices } from '../api-request';
import type { DeviceRegistrations } from '../device-registration/device-registrations';
import { listedSeededDevice, type ListedDevice } from '../device-resources';
import { seededDeviceIndex, type SeededDevicePlace } from './seeded-device-index';

/**
 * One device the customer has now, found by its id alone (matched exactly, as ids are not always
 * GUIDs, docs/partner-center-api.md §7): seeded and not deregistered, or added by an upload. A
 * device of another customer is not found.
 */
export interface LocatedDevice {
  /** Its batch's id, as stored. */
  readonly batchId: string;
  /** As the devices list shows it. */
  readonly device: ListedDevice;
  /** Where the seed put it, for a seeded device. */
  readonly seeded?: SeededDevicePlace;
}

export function locateDevice(
  customer: CustomerRecord,
  deviceId: string,
  registrations: DeviceRegistrations,
): LocatedDevice | undefined {
  const place = seededDeviceIndex(customer).find(deviceId);
  if (
    place !== undefined &&
    !registrations.removedSeededIndexes(customer.id, place.batch.id).includes(place.index)
  ) {
    const [record] = generateDevices(place.batch.deviceSource, place.index, 1);
    if (record !== undefined) {
      return { batchId: place.batch.id, device: listedSeededDevice(record), seeded: place };
    }
  }
  const added = registrations.findAddedDevice(customer.id, deviceId);
  return added && { batchId: added.batchId, device: added.device };
}

/**
 * Removes the device from its batch (docs/partner-center-api.md §16): it leaves the devices list,
 * its batch's count and its profile's count, and it may be uploaded again.
 */
export function deregisterDevice(
  customer: CustomerRecord,
  located: LocatedDevice,
  { registrations, profiles }: Pick<ApiServices, 'registrations' | 'profiles'>,
): void {
  if (located.seeded === undefined) {
    registrations.removeAddedDevice(customer.id, located.device.id);
  } else {
    registrations.removeSeededDevice(
      customer,
      located.batchId,
      located.seeded.index,
      located.device,
    );
  }
  profiles.unassign(customer.id, located.device.id);
}
