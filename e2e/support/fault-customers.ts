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

/** The devices suite fails a page part-way, so its customer needs a batch of three pages or more. */
const devicesPerPage = 100;
const devicesCustomer = candidates.find((customer) =>
  customer.batches.some((batch) => batch.devicesCount > 2 * devicesPerPage),
);
if (!devicesCustomer) throw new Error('the seed has no fault customer with a batch of 3 pages');
const others = candidates.filter((customer) => customer !== devicesCustomer);

function pick(index: number) {
  const customer = others[index];
  if (!customer) throw new Error(`the seed has no fault customer ${String(index)}`);
  return customer;
}

export const faultCustomers = {
  batches: pick(0),
  devices: devicesCustomer,
  header: pick(1),
  cancellation: pick(2),
  diagnostics: pick(3),
  signInLoop: pick(4),
};
