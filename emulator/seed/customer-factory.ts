import { generatePolicies } from './autopilot-profiles';
import { createBatchRecord, generateBatches } from './batch-factory';
import { foldToAscii } from './company-names';
import type { Country } from './countries';
import type { NamedCustomer } from './customer-identity';
import { everydayVariety, fixtureVariety, liveFormsVariety } from './device-variety';
import { createRandom } from './random';
import type { CustomerRecord, WireForms } from './seed-records';

/** A customer's identity: fixed for named customers, drawn from the seed for the others. */
export type CustomerIdentity = NamedCustomer;

/**
 * Fills in everything an identity leaves open (contacts, address, profiles, batches).
 * `wireForms` overrides the identity's (the emulator's switch that puts every customer in live
 * forms).
 */
export function createCustomerRecord(
  seed: string,
  identity: CustomerIdentity,
  country: Country,
  wireForms: WireForms = identity.wireForms ?? 'documented',
): CustomerRecord {
  const random = createRandom(`${seed}/customer/${identity.id}`);
  const defaultDomain = `${identity.domainLabel}.onmicrosoft.com`;
  const mailDomain = identity.customDomains[0] ?? defaultDomain;
  const firstName = random.pick(country.firstNames);
  const lastName = random.pick(country.surnames);
  const mailbox = `${foldToAscii(firstName)}.${foldToAscii(lastName)}`;
  const { city, postalCode, state } = random.pick(country.cities);
  const policies = generatePolicies(random, identity.companyName);
  const owner = {
    id: identity.id,
    companyName: identity.companyName,
    defaultDomain,
    profileNames: policies.map((policy) => policy.name),
  };
  const live = wireForms === 'live';
  const namedVariety = live ? liveFormsVariety : fixtureVariety;
  return {
    id: identity.id,
    commerceId: random.guid(),
    companyName: identity.companyName,
    defaultDomain,
    customDomains: identity.customDomains,
    relationshipToPartner: identity.relationshipToPartner,
    allowDelegatedAccess: random.chance(0.8),
    visibleToSalesAgent: identity.visibleToSalesAgent,
    wireForms,
    email: `info@${mailDomain}`,
    address: {
      country: country.code,
      ...(state !== undefined && { state }),
      city,
      addressLine1: `${random.pick(country.streets)} ${String(random.integer(1, 240))}`,
      postalCode,
      phoneNumber: `${country.phonePrefix} ${random.digits(3)} ${random.digits(6)}`,
    },
    billing: {
      id: random.guid(),
      contact: { firstName, lastName, email: `${mailbox}@${mailDomain}` },
      culture: country.culture,
      language: country.language,
      etag: String(random.uint32() * 1000 + random.integer(0, 999)),
    },
    policies,
    batches:
      identity.batches === undefined
        ? generateBatches(seed, owner, live ? liveFormsVariety : everydayVariety)
        : Object.values(identity.batches).map((batch) =>
            createBatchRecord(seed, owner, batch, namedVariety),
          ),
  };
}
