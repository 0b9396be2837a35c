import { describe, expect, it } from 'vitest';
import { namedCustomers } from '../../seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../../seed/seed-catalogue';
import { forEachSeededDevice } from '../seeded-devices';

/**
 * The devices-by-profile view of a customer finds a profile's devices by the profile's name: every
 * profile a seeded device carries must be one of its customer's profiles.
 */
describe('the seed’s profiles', () => {
  const catalogue = createSeedCatalogue(defaultSeed);

  it.each(namedCustomers.map((customer) => [customer.companyName, customer.id]))(
    'of %s are the ones its devices carry',
    (_name, customerId) => {
      const customer = catalogue.findCustomer(customerId);
      const names = new Set(customer?.policies.map((policy) => policy.name));
      const carried = new Set<string>();
      if (customer !== undefined) {
        forEachSeededDevice(customer, (_batch, _index, device) => {
          if (device.profileName !== undefined) carried.add(device.profileName);
        });
      }
      expect([...carried].filter((name) => !names.has(name))).toEqual([]);
      expect(names.size).toBe(customer?.policies.length);
    },
  );
});
