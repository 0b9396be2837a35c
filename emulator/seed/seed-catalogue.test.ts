import { describe, expect, it } from 'vitest';
import { namedCustomers } from './named-customers';
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
});
