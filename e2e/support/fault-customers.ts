import { namedCustomers } from '../../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../../emulator/seed/seed-catalogue';

/**
 * Generated customers that only the fault suites open, one per suite: an injected fault is taken by
 * whichever request matches first, so no other spec may ask for the same paths at the same time.
 */
const named = new Set(namedCustomers.map((customer) => customer.id));
const candidates = createSeedCatalogue(defaultSeed).customers.filter(
  (customer) =>
    !named.has(customer.id) && customer.batches.length >= 2 && customer.batches.length <= 5,
);

function pick(index: number) {
  const customer = candidates[index];
  if (!customer) throw new Error(`the seed has no fault customer ${String(index)}`);
  return customer;
}

export const faultCustomers = {
  batches: pick(0),
  devices: pick(1),
  header: pick(2),
  cancellation: pick(3),
  diagnostics: pick(4),
  signInLoop: pick(5),
};
