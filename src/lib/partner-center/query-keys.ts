import type { PageCursor } from '@/lib/api-client/fetch-all-pages';

/**
 * The one TanStack Query key tree for Partner Center data. Keys nest like the API's paths, so
 * invalidating a key invalidates everything below it (TanStack matches keys by prefix): after an
 * upload, `invalidateQueries({ queryKey: partnerCenterKeys.customer(id) })` refreshes the customer,
 * its batches, every batch's devices and its upload statuses; `deviceBatches(id)` refreshes the
 * batch list and the batches' devices only.
 *
 *     ['customers']                                           every customer query
 *     ['customers', 'list', { search }]                       a customer list (search '' = all)
 *     ['customers', id]                                       a customer (its detail query's key)
 *     ['customers', id, 'device-batches']                     its batches (the list query's key)
 *     ['customers', id, 'device-batches', batchId, 'devices'] a batch's devices
 *       …, 'first-page' | 'every-page', start]                 its first page / all its pages
 *     ['customers', id, 'batch-job-status', trackingId]       an upload's status
 *     ['customers', id, 'policies']                           its Autopilot profiles
 *
 * The arrays are the ones the features used before this file existed, so cached data and tests
 * keep their keys. A customer id is a tenant GUID, so it never collides with `'list'`.
 */
export const partnerCenterKeys = {
  customers: () => ['customers'] as const,
  customerLists: () => [...partnerCenterKeys.customers(), 'list'] as const,
  customerList: (search: string) => [...partnerCenterKeys.customerLists(), { search }] as const,
  customer: (customerId: string) => [...partnerCenterKeys.customers(), customerId] as const,
  deviceBatches: (customerId: string) =>
    [...partnerCenterKeys.customer(customerId), 'device-batches'] as const,
  deviceBatch: (customerId: string, batchId: string) =>
    [...partnerCenterKeys.deviceBatches(customerId), batchId] as const,
  batchDevices: (customerId: string, batchId: string) =>
    [...partnerCenterKeys.deviceBatch(customerId, batchId), 'devices'] as const,
  batchDevicesFirstPage: (customerId: string, batchId: string, start: PageCursor) =>
    [...partnerCenterKeys.batchDevices(customerId, batchId), 'first-page', start] as const,
  batchDevicesEveryPage: (customerId: string, batchId: string, start: PageCursor) =>
    [...partnerCenterKeys.batchDevices(customerId, batchId), 'every-page', start] as const,
  batchJobStatus: (customerId: string, trackingId: string) =>
    [...partnerCenterKeys.customer(customerId), 'batch-job-status', trackingId] as const,
  policies: (customerId: string) =>
    [...partnerCenterKeys.customer(customerId), 'policies'] as const,
};
