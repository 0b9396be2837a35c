import { countries, type Country } from './countries';
import { createCustomerRecord } from './customer-factory';
import { generateCustomerIdentities } from './generated-customers';
import { namedCustomers } from './named-customers';
import type { CustomerRecord } from './seed-records';

/** The seed used when none is given (the date of the docs example). */
export const defaultSeed = 20170725;

/** Enough ordinary customers that the default page size (500) gives three pages. */
export const generatedCustomerCount = 1200;

export interface SeedCatalogue {
  /**
   * Every customer, sorted by company name (then id), the order the list endpoint pages through.
   */
  readonly customers: readonly CustomerRecord[];
  /** Case-insensitive on the GUID. */
  findCustomer(id: string): CustomerRecord | undefined;
}

function countryByCode(code: string): Country {
  const country = countries.find((candidate) => candidate.code === code);
  if (country === undefined) throw new Error(`No country data for "${code}"`);
  return country;
}

const byCompanyName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface SeedCatalogueOptions {
  /** Every customer's batches and devices in the live API's forms (`EMULATOR_LIVE_FORMS`). */
  readonly liveFormsEverywhere?: boolean;
}

/** Same seed ⇒ the same customers, batches and devices, byte for byte. */
export function createSeedCatalogue(
  seed: number,
  { liveFormsEverywhere = false }: SeedCatalogueOptions = {},
): SeedCatalogue {
  const seedKey = String(seed);
  const identities = [
    ...namedCustomers,
    ...generateCustomerIdentities(
      seedKey,
      generatedCustomerCount,
      namedCustomers.map((customer) => customer.domainLabel),
    ),
  ];
  const customers = identities
    .map((identity) =>
      createCustomerRecord(
        seedKey,
        identity,
        countryByCode(identity.countryCode),
        liveFormsEverywhere ? 'live' : undefined,
      ),
    )
    .sort(
      (a, b) => byCompanyName.compare(a.companyName, b.companyName) || a.id.localeCompare(b.id),
    );
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  return {
    customers,
    findCustomer: (id) => byId.get(id.toLowerCase()),
  };
}
