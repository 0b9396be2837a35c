import { domainLabelFor, generateCompanyName } from './company-names';
import { countries } from './countries';
import type { CustomerIdentity } from './customer-factory';
import { createRandom, type Random } from './random';

/** Share of generated customers assigned to the sales team (the sales agent sees only those). */
const salesTeamShare = 1 / 3;

/**
 * The plain label if free, else with the country code, else with two digits ("alpineenergy-dk42").
 */
function uniqueDomainLabel(
  label: string,
  countryCode: string,
  usedLabels: Set<string>,
  random: Random,
): string {
  let candidate = label;
  if (usedLabels.has(candidate)) candidate = `${label}${countryCode.toLowerCase()}`;
  while (usedLabels.has(candidate))
    candidate = `${label}${countryCode.toLowerCase()}${random.digits(2)}`;
  usedLabels.add(candidate);
  return candidate;
}

/**
 * Identities of the seed's ordinary customers: a name in a country's style, a unique
 * `<label>.onmicrosoft.com` default domain, one to three custom domains, mostly resellers.
 */
export function generateCustomerIdentities(
  seed: string,
  count: number,
  reservedDomainLabels: Iterable<string>,
): CustomerIdentity[] {
  const random = createRandom(`${seed}/customers`);
  const usedLabels = new Set(reservedDomainLabels);
  const identities: CustomerIdentity[] = [];
  while (identities.length < count) {
    const country = random.pick(countries);
    const { companyName, stem } = generateCompanyName(random, country);
    const domainLabel = uniqueDomainLabel(domainLabelFor(stem), country.code, usedLabels, random);
    const customDomains = [`${domainLabel}.${country.topLevelDomain}`];
    if (country.topLevelDomain !== 'com' && random.chance(0.5))
      customDomains.push(`${domainLabel}.com`);
    if (random.chance(0.15)) customDomains.push(`${domainLabel}-group.eu`);
    identities.push({
      id: random.guid(),
      companyName,
      domainLabel,
      countryCode: country.code,
      customDomains,
      relationshipToPartner: random.chance(0.12) ? 'advisor' : 'reseller',
      visibleToSalesAgent: random.chance(salesTeamShare),
    });
  }
  return identities;
}
