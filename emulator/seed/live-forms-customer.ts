import type { NamedCustomer } from './customer-identity';
import { partnerTenantName, type NamedBatch } from './named-batches';

/**
 * The live-forms customer's batches, in list order. Their values carry the forms the live API is
 * known to send and the docs' examples hide; the wire forms (nulls, `deviceCount`, links without
 * `headers`, a paged list) follow from each batch's position, see partner-center/live-forms.ts.
 */
export const liveFormsBatches = {
  /** No status; a `Z` date with seven fraction digits; two pages of devices. */
  autopilotImport: {
    id: 'Autopilot import 2025-11',
    creationDate: '2025-11-03T09:14:27.1234567Z',
    devicesCount: 120,
  },
  /** A `Z` date with one fraction digit. */
  receptionKiosks: {
    id: 'Reception kiosks',
    status: 'finished',
    creationDate: '2025-10-21T16:02:09.5Z',
    devicesCount: 30,
    createdBy: partnerTenantName,
  },
  /** A status no client can know, and a creation date that was never set (.NET's default). */
  archived: {
    id: 'Archived 2019 laptops',
    status: 'archived',
    creationDate: '0001-01-01T00:00:00',
    devicesCount: 4,
  },
  /** A `Z` date with three fraction digits. */
  rolloutWave: {
    id: 'Rollout wave 7',
    status: 'finished_with_errors',
    creationDate: '2025-09-30T07:45:00.123Z',
    devicesCount: 18,
    createdBy: 'Relecloud',
  },
  /** No status; a date with an offset. */
  fieldEngineers: {
    id: 'Field engineers',
    creationDate: '2025-08-12T11:20:33.1234560+02:00',
    devicesCount: 9,
  },
  /** First batch of the second page; a `Z` date with two fraction digits. */
  warehouseScanners: {
    id: 'Warehouse scanners',
    status: 'finished',
    creationDate: '2024-06-15T08:30:12.12Z',
    devicesCount: 6,
    createdBy: partnerTenantName,
  },
  /** A `Z` date with six fraction digits. */
  spares: {
    id: 'Spares',
    status: 'finished',
    creationDate: '2024-02-29T23:59:59.123456Z',
    devicesCount: 1,
  },
  /** No status; a date without an offset. */
  imported2023: {
    id: 'Imported 2023',
    creationDate: '2023-05-04T10:00:00',
    devicesCount: 12,
  },
} as const satisfies Record<string, NamedBatch>;

/**
 * A demo customer whose batches and devices come in the forms the live API is known to send
 * (docs/partner-center-api.md §5–§8): a client that handles this customer handles the real
 * service. See emulator/README.md, "The live-forms customer".
 */
export const liveFormsCustomer = {
  id: 'b4ae6da2-cabd-42aa-a1af-df83de8da6d7',
  companyName: 'Relecloud',
  domainLabel: 'relecloud',
  countryCode: 'US',
  customDomains: ['relecloud.com'],
  relationshipToPartner: 'reseller',
  visibleToSalesAgent: true,
  batches: liveFormsBatches,
  wireForms: 'live',
} as const satisfies NamedCustomer;
