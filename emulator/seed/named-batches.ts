import type { DeviceOverride } from './seed-records';

/**
 * The device batches of the named demo customers (see named-customers.ts). Every value here is
 * fixed; only the devices inside them come from the seed.
 */
export interface NamedBatch {
  readonly id: string;
  /**
   * Absent when the batch has no `status` at all (the resource definition has none,
   * docs/partner-center-api.md §8).
   */
  readonly status?: string;
  readonly creationDate: string;
  readonly devicesCount: number;
  /** How many devices the devices endpoint really serves, when that differs from `devicesCount`. */
  readonly devicesServed?: number;
  readonly createdBy?: string;
  /** Statuses the batch moves through while a dashboard polls it (first, half-way, finished). */
  readonly statusProgression?: readonly [string, string, string];
  /** Fixed devices at the start of the batch. */
  readonly deviceOverrides?: readonly DeviceOverride[];
}

/** The partner's own tenant name, as `createdBy` on batches the partner uploaded. */
export const partnerTenantName = 'Contoso Partner Ltd';

/**
 * Verbatim from the docs example of the batch list (docs/partner-center-api.md §6.4, [batches]).
 */
export const docsTestBatch = {
  id: 'Test batch',
  status: 'finished',
  creationDate: '2017-07-25T01:51:00',
  devicesCount: 5,
} as const satisfies NamedBatch;

export const formulaInjectionValue = "=cmd|' /C calc'!A0";
export const markupInjectionValue = '<img src=x onerror=alert(1)>';

/** Devices whose fields hold values a CSV export or an HTML renderer must neutralise. */
export const hostileDevices = [
  {
    id: '6acb0b46-4c39-4172-bcb2-0f318e8a22de',
    field: 'serialNumber',
    value: formulaInjectionValue,
  },
  { id: '5568a7fa-1e60-4863-8929-3ef4818514fc', field: 'modelName', value: markupInjectionValue },
  { id: '1d5bd9db-2f6b-4e4d-b486-7c0275f804ed', field: 'serialNumber', value: '+31205550100' },
  { id: '42863353-b5d2-47a3-b757-7823a4919345', field: 'productKey', value: '-3280219463321' },
  { id: '766d3c44-7b03-445d-b4d5-cdd6d36424de', field: 'oemManufacturerName', value: '@SUM(1+1)' },
] as const satisfies readonly DeviceOverride[];

/** The dozen batches of `customerWithManyBatches`, in the order the API lists them. */
export const manyBatches = {
  testBatch: {
    id: 'Test batch',
    status: 'finished',
    creationDate: '2023-03-14T09:12:44.1234567+01:00',
    devicesCount: 5,
    createdBy: partnerTenantName,
  },
  queued: {
    id: 'Onboarding wave 4',
    status: 'queued',
    creationDate: '2025-06-02T08:00:13.0092288+02:00',
    devicesCount: 40,
  },
  processing: {
    id: 'Ölçü cihazları – Q3',
    status: 'processing',
    creationDate: '2025-06-01T16:45:02',
    devicesCount: 250,
    createdBy: partnerTenantName,
  },
  finishedWithErrors: {
    id: '100% refurb',
    status: 'finished_with_errors',
    creationDate: '2024-11-19T13:03:27.5530001-07:00',
    devicesCount: 37,
  },
  withoutStatus: { id: 'Why? batch', creationDate: '2024-02-08T10:21:00', devicesCount: 12 },
  unrecognisedStatus: {
    id: 'R&D laptops',
    status: 'archived',
    creationDate: '2022-09-30T15:30:59.9000000+00:00',
    devicesCount: 8,
  },
  singleDevice: {
    id: 'Lab #3',
    status: 'finished',
    creationDate: '2024-05-06T07:55:10.0000001+02:00',
    devicesCount: 1,
    createdBy: 'Northwind Traders',
  },
  plusSigns: {
    id: 'C++ team',
    status: 'finished',
    creationDate: '2023-12-01T11:11:11',
    devicesCount: 14,
  },
  tenThousandDevices: {
    id: 'Global fleet refresh 2024',
    status: 'finished',
    creationDate: '2024-01-15T06:30:00.2417951+01:00',
    devicesCount: 10_000,
    createdBy: partnerTenantName,
  },
  longName: {
    id: 'Windows Autopilot pre-provisioning for the Amsterdam, Rotterdam and Utrecht offices – finance, HR and front-desk laptops',
    status: 'finished',
    creationDate: '2024-08-21T14:00:00.0000000+02:00',
    devicesCount: 3,
  },
  hostileValues: {
    id: 'Imported from CSV',
    status: 'finished',
    creationDate: '2025-01-07T12:00:05.3333333+01:00',
    devicesCount: hostileDevices.length + 1,
    createdBy: partnerTenantName,
    deviceOverrides: hostileDevices,
  },
  mismatchedCount: {
    id: 'Spring refresh',
    status: 'finished',
    creationDate: '2025-04-22T09:41:17.8457116-07:00',
    devicesCount: 25,
    devicesServed: 23,
  },
} as const satisfies Record<string, NamedBatch>;

/**
 * Batches that finish while a dashboard polls them (see polling-progress.ts). The documentation
 * shows no batch's status changing (progress is read from batchJobStatus, §8): these exist only
 * to test a dashboard's polling.
 */
export const pollingBatches = {
  waveOne: {
    id: 'Autopilot wave 1',
    statusProgression: ['queued', 'processing', 'finished'],
    creationDate: '2025-09-01T08:15:00.0000000+02:00',
    devicesCount: 60,
    createdBy: partnerTenantName,
  },
  waveTwo: {
    id: 'Autopilot wave 2',
    statusProgression: ['processing', 'processing', 'finished'],
    creationDate: '2025-09-01T08:17:30.5000000+02:00',
    devicesCount: 45,
  },
  reimaged: {
    id: 'Returns – reimaged',
    statusProgression: ['queued', 'processing', 'finished_with_errors'],
    creationDate: '2025-09-01T08:20:00',
    devicesCount: 9,
  },
} as const satisfies Record<string, NamedBatch>;

export const hiddenCustomerBatches = {
  branchLaptops: {
    id: 'Branch laptops',
    status: 'finished',
    creationDate: '2024-10-10T10:10:10.1010101+01:00',
    devicesCount: 30,
  },
} as const satisfies Record<string, NamedBatch>;
