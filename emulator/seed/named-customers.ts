/**
 * Customers with fixed ids and names, for demos, unit tests and the end-to-end suite. Their batches
 * (when given) are fixed too; their devices, addresses and contacts come from the seed.
 */
import type { NamedCustomer } from './customer-identity';
import { liveFormsCustomer } from './live-forms-customer';
import { docsTestBatch, hiddenCustomerBatches, manyBatches, pollingBatches } from './named-batches';

export type { NamedCustomer } from './customer-identity';
export { liveFormsCustomer } from './live-forms-customer';

/**
 * The customer of the docs example (docs/partner-center-api.md §6.4): one batch, "Test batch",
 * 5 devices.
 */
export const docsExampleCustomer = {
  id: '47021739-3426-40bf-9601-61b4b6d7c793',
  companyName: 'Wingtip Toys',
  domainLabel: 'wingtiptoys',
  countryCode: 'US',
  customDomains: ['wingtiptoys.com'],
  relationshipToPartner: 'reseller',
  visibleToSalesAgent: true,
  batches: { testBatch: docsTestBatch },
} as const satisfies NamedCustomer;

export const customerWithoutBatches = {
  id: '280c9300-eebd-410e-920b-e4d41673bdb1',
  companyName: 'Fourth Coffee',
  domainLabel: 'fourthcoffee',
  countryCode: 'US',
  customDomains: ['fourthcoffee.com', 'fourthcoffee.nl'],
  relationshipToPartner: 'reseller',
  visibleToSalesAgent: true,
  batches: {},
} as const satisfies NamedCustomer;

/** Every batch status, awkward batch names, 1 and 10,000 devices, hostile values, a wrong count. */
export const customerWithManyBatches = {
  id: 'e3a09f87-b5c3-400a-8747-1283818f378a',
  companyName: 'Northwind Traders',
  domainLabel: 'northwindtraders',
  countryCode: 'NL',
  customDomains: ['northwindtraders.com', 'northwind.nl', 'nwt-logistics.eu'],
  relationshipToPartner: 'reseller',
  visibleToSalesAgent: true,
  batches: manyBatches,
} as const satisfies NamedCustomer;

/** Batches still queued/processing that finish after a few polls (see polling-progress.ts). */
export const pollingCustomer = {
  id: 'd87a3f1b-1857-4506-bb64-6b7e0df1f076',
  companyName: 'Tailspin Toys',
  domainLabel: 'tailspintoys',
  countryCode: 'US',
  customDomains: ['tailspintoys.com'],
  relationshipToPartner: 'reseller',
  visibleToSalesAgent: true,
  batches: pollingBatches,
} as const satisfies NamedCustomer;

/** The one named customer the sales agent may not see (403 for them, visible to admin agents). */
export const customerHiddenFromSalesAgent = {
  id: '4010eaa0-f59a-4e4d-ae8f-e821f9d9f452',
  companyName: 'Woodgrove Bank',
  domainLabel: 'woodgrovebank',
  countryCode: 'GB',
  customDomains: ['woodgrovebank.com'],
  relationshipToPartner: 'reseller',
  visibleToSalesAgent: false,
  batches: hiddenCustomerBatches,
} as const satisfies NamedCustomer;

/** Names that start alike, for prefix search; the last one only contains "Contoso". */
export const contosoCustomers = {
  contoso: {
    id: '73e0abc0-fab1-46aa-8360-5bb80be96500',
    companyName: 'Contoso',
    domainLabel: 'contoso',
    countryCode: 'US',
    customDomains: ['contoso.com'],
    relationshipToPartner: 'reseller',
    visibleToSalesAgent: true,
  },
  contosoBank: {
    id: 'd552adab-e662-4dd2-b3ae-b55eb63d5d75',
    companyName: 'Contoso Bank',
    domainLabel: 'contosobank',
    countryCode: 'DE',
    customDomains: ['contosobank.com', 'contoso-bank.de'],
    relationshipToPartner: 'reseller',
    visibleToSalesAgent: true,
  },
  contosoPharmaceuticals: {
    id: '3cffa187-2f4c-4784-a63a-75a1e1a12db3',
    companyName: 'Contoso Pharmaceuticals',
    domainLabel: 'contosopharma',
    countryCode: 'US',
    customDomains: ['contoso-pharma.com'],
    relationshipToPartner: 'advisor',
    visibleToSalesAgent: true,
  },
  fabrikamContosoServices: {
    id: '1a77d9d9-60e5-4e9d-a4e5-a06ad37db121',
    companyName: 'Fabrikam Contoso Services',
    domainLabel: 'fabrikamcs',
    countryCode: 'NL',
    customDomains: ['contoso-services.eu'],
    relationshipToPartner: 'reseller',
    visibleToSalesAgent: true,
  },
} as const satisfies Record<string, NamedCustomer>;

/** Accented and very long names. */
export const internationalCustomers = {
  aeroskobing: {
    id: '94af72f5-879d-4640-be93-aae8d6f9f61c',
    companyName: 'Ærøskøbing Bakkerij',
    domainLabel: 'aeroskobingbakkerij',
    countryCode: 'DK',
    customDomains: ['aeroskobing-bakkerij.dk'],
    relationshipToPartner: 'reseller',
    visibleToSalesAgent: true,
  },
  societeGenerale: {
    id: '1c5352a0-3c06-496c-89e0-63b0d45c0dba',
    companyName: "Société Générale d'Équipement",
    domainLabel: 'sgequipement',
    countryCode: 'FR',
    customDomains: ['sg-equipement.fr', 'sgequipement.com'],
    relationshipToPartner: 'advisor',
    visibleToSalesAgent: true,
  },
  longName: {
    id: '3ac5ef89-ecdb-4298-b49e-a5bab0157e95',
    companyName:
      'Internationale Vereinigung der Präzisionsmessgerätehersteller und Kalibrierlaboratorien Nord- und Mitteleuropas e.V.',
    domainLabel: 'ivpkn',
    countryCode: 'DE',
    customDomains: ['ivpkn.eu'],
    relationshipToPartner: 'reseller',
    visibleToSalesAgent: true,
  },
} as const satisfies Record<string, NamedCustomer>;

export const namedCustomers: readonly NamedCustomer[] = [
  docsExampleCustomer,
  customerWithoutBatches,
  customerWithManyBatches,
  pollingCustomer,
  customerHiddenFromSalesAgent,
  ...Object.values(contosoCustomers),
  ...Object.values(internationalCustomers),
  liveFormsCustomer,
];
