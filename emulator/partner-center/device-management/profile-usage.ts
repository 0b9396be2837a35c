import type { CustomerRecord } from '../../seed/seed-records';
import type { DeviceRegistrations } from '../device-registration/device-registrations';
import type { ProfileStore } from './profile-store';
import { seededDeviceIndex } from './seeded-device-index';

/**
 * Which profile each device uses, and how many devices use each profile: the `policies` value of a
 * device and the `devicesAssigned` of a profile (docs/partner-center-api.md §7). A device uses the
 * profile an assignment gave it, else the one the seed gave it; the seed names that one, and a
 * seeded profile keeps being the device's profile when it is renamed. The devices list carries the
 * profile's name, as the live API does.
 */
const seededPolicyId = (
  customer: CustomerRecord,
  profileName: string | undefined,
): string | undefined =>
  profileName === undefined
    ? undefined
    : customer.policies.find((policy) => policy.name === profileName)?.id;

/** For one response: the current profile name of a device, from its id and the seed's name. */
export function profileNameResolver(
  customer: CustomerRecord,
  profiles: ProfileStore,
): (deviceId: string, seededProfileName: string | undefined) => string | undefined {
  const assignments = profiles.assignments(customer.id);
  const names = new Map(profiles.list(customer).map((policy) => [policy.id, policy.name]));
  return (deviceId, seededProfileName) => {
    const assigned = assignments.get(deviceId);
    if (assigned !== undefined) return names.get(assigned);
    const seeded = seededPolicyId(customer, seededProfileName);
    return (seeded === undefined ? undefined : names.get(seeded)) ?? seededProfileName;
  };
}

/**
 * Profile id → how many of the customer's devices use it: the seed's counts, less the seeded
 * devices deregistered or given another profile, plus the devices assignments gave it.
 */
export function devicesByPolicy(
  customer: CustomerRecord,
  registrations: DeviceRegistrations,
  profiles: ProfileStore,
): ReadonlyMap<string, number> {
  const index = seededDeviceIndex(customer);
  const counts = new Map<string, number>();
  const count = (policyId: string | undefined, devices: number): void => {
    if (policyId !== undefined) counts.set(policyId, (counts.get(policyId) ?? 0) + devices);
  };
  for (const [name, devices] of index.devicesByProfileName) {
    count(seededPolicyId(customer, name), devices);
  }
  for (const batch of customer.batches) {
    for (const removed of registrations.removedSeededIndexes(customer.id, batch.id)) {
      count(seededPolicyId(customer, index.profileNameAt(batch.id, removed)), -1);
    }
  }
  for (const [deviceId, policyId] of profiles.assignments(customer.id)) {
    count(seededPolicyId(customer, index.find(deviceId)?.profileName), -1);
    count(policyId, 1);
  }
  return counts;
}
