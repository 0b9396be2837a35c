import { describe, expect, it } from 'vitest';
import { liveFormsCustomer, namedCustomers } from './named-customers';
import { createSeedCatalogue, generatedCustomerCount } from './seed-catalogue';

const catalogue = createSeedCatalogue(20170725);

describe('createSeedCatalogue', () => {
  it('holds the named customers with their fixed ids and names, and over 300 in all', () => {
    expect(catalogue.customers.length).toBe(generatedCustomerCount + namedCustomers.length);
    for (const named of namedCustomers) {
      expect(catalogue.findCustomer(named.id.toUpperCase())?.companyName).toBe(named.companyName);
    }
  });

  it('sorts by company name, ties by id', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const names = catalogue.customers.map((customer) => customer.companyName);
    expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)));
  });

  it('gives every customer a unique onmicrosoft.com default domain and custom domains', () => {
    const defaults = catalogue.customers.map((customer) => customer.defaultDomain);
    expect(new Set(defaults).size).toBe(defaults.length);
    for (const customer of catalogue.customers) {
      expect(customer.defaultDomain).toMatch(/^[a-z0-9-]+\.onmicrosoft\.com$/);
      expect(customer.customDomains.length).toBeGreaterThan(0);
    }
  });

  it('reads like a real partner: accents, mostly resellers, some advisors', () => {
    const accented = catalogue.customers.filter(({ companyName }) => /[^ -~]/.test(companyName));
    expect(accented.length).toBeGreaterThan(50);
    const advisors = catalogue.customers.filter((c) => c.relationshipToPartner === 'advisor');
    expect(advisors.length).toBeGreaterThan(20);
    expect(advisors.length).toBeLessThan(catalogue.customers.length / 4);
  });

  it('gives each customer unique batch names (case-insensitively) and at least one profile', () => {
    for (const customer of catalogue.customers) {
      const ids = customer.batches.map((batch) => batch.id.toLowerCase());
      expect(new Set(ids).size).toBe(ids.length);
      expect(customer.policies.length).toBeGreaterThan(0);
    }
  });

  it('gives many ordinary batches no status at all, as the resource definition has none (§8)', () => {
    const named = new Set(namedCustomers.map((customer) => customer.id));
    const batches = catalogue.customers
      .filter((customer) => !named.has(customer.id))
      .flatMap((customer) => customer.batches);
    const withoutStatus = batches.filter((batch) => batch.status === undefined);
    expect(withoutStatus.length).toBeGreaterThan(batches.length * 0.3);
    expect(batches.every((batch) => batch.statusProgression === undefined)).toBe(true);
  });

  it('always holds the live-forms customer, in live forms; the others in documented forms', () => {
    expect(catalogue.findCustomer(liveFormsCustomer.id)?.wireForms).toBe('live');
    const documented = catalogue.customers.filter(
      (customer) => customer.wireForms === 'documented',
    );
    expect(documented).toHaveLength(catalogue.customers.length - 1);
    const everywhere = createSeedCatalogue(20170725, { liveFormsEverywhere: true });
    expect(everywhere.customers.every((customer) => customer.wireForms === 'live')).toBe(true);
  });
});
