import type { NamedBatch } from './named-batches';
import type { WireForms } from './seed-records';

/**
 * What fixes a customer: its id, name, domains and country, and for demo customers its batches.
 * Named customers (named-customers.ts) spell it out; the seed draws it for the others.
 */
export interface NamedCustomer {
  readonly id: string;
  readonly companyName: string;
  /** The default domain is `<domainLabel>.onmicrosoft.com`. */
  readonly domainLabel: string;
  readonly customDomains: readonly string[];
  /** ISO country code of the company's address (see countries.ts). */
  readonly countryCode: string;
  readonly relationshipToPartner: 'reseller' | 'advisor';
  readonly visibleToSalesAgent: boolean;
  /** Omitted: the seed generates batches like it does for any customer. */
  readonly batches?: Readonly<Record<string, NamedBatch>>;
  /** `live`: batches and devices in the forms the live API sends (see live-forms-customer.ts). */
  readonly wireForms?: WireForms;
}
