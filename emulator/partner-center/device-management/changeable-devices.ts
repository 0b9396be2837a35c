import type { CustomerRecord } from '../../seed/seed-records';

/**
 * Which methods a device's `allowedOperations` grants (docs/partner-center-api.md §7, §16). The
 * docs do not say when Partner Center withholds PATCH or DELETE; the emulator's choice, fixed
 * whatever the seed: every device of a batch whose `status` is `archived` may be read but not
 * changed (Northwind Traders' "R&D laptops", Relecloud's "Archived 2019 laptops"), devices added to
 * such a batch later included. Every other device may be changed.
 */
export const readOnlyBatchStatus = 'archived';

export const changeableDeviceOperations = ['GET', 'PATCH', 'DELETE'] as const;

export const readOnlyDeviceOperations = ['GET'] as const;

/** Whether the devices of a batch (its id as stored) may be assigned a profile or deregistered. */
export const devicesAreChangeable = (customer: CustomerRecord, batchId: string): boolean =>
  customer.batches.find((batch) => batch.id === batchId)?.status !== readOnlyBatchStatus;

export const deviceOperations = (customer: CustomerRecord, batchId: string): readonly string[] =>
  devicesAreChangeable(customer, batchId) ? changeableDeviceOperations : readOnlyDeviceOperations;
