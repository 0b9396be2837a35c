import { expect } from 'vitest';
import type { z } from 'zod';
import {
  collectionSchema,
  deviceBatchSchema,
  deviceSchema,
  policySchema,
} from './contract-schemas';
import type { TestCaller, TestEmulator } from './test-emulator';

/**
 * What tests read back after a write, through the API as a client would, each answer checked
 * against the contract schemas: a customer's batches, every page of a batch's devices, its
 * profiles.
 */
export type ListedDevice = z.infer<typeof deviceSchema>;
export type ListedPolicy = z.infer<typeof policySchema>;

const devicesPage = collectionSchema(deviceSchema);

export const customerPath = (customerId: string): string => `/v1/customers/${customerId}`;

export const devicesPath = (customerId: string, batchId: string): string =>
  `${customerPath(customerId)}/deviceBatches/${encodeURIComponent(batchId)}/devices`;

export interface CustomerReads {
  batches(): Promise<z.infer<typeof deviceBatchSchema>[]>;
  /** The batch's `devicesCount` in the batch list. */
  devicesCount(batchId: string): Promise<number | undefined>;
  /** Every page of a batch's devices, the next one requested with the body's token. */
  devicePages(batchId: string): Promise<z.infer<typeof devicesPage>[]>;
  devices(batchId: string): Promise<ListedDevice[]>;
  policies(): Promise<ListedPolicy[]>;
}

export function customerReads(
  emulator: TestEmulator,
  customerId: string,
  as: TestCaller = 'admin-agent',
): CustomerReads {
  const read = async (path: string, headers: Record<string, string> = {}) => {
    const response = await emulator.request(path, { as, headers });
    expect(response.status, response.text).toBe(200);
    return response.body;
  };
  const batches = async () =>
    collectionSchema(deviceBatchSchema).parse(
      await read(`${customerPath(customerId)}/deviceBatches`),
    ).items;
  const devicePages = async (batchId: string) => {
    const pages = [];
    let token: string | undefined;
    do {
      const page = devicesPage.parse(
        await read(
          devicesPath(customerId, batchId),
          token === undefined ? {} : { 'MS-ContinuationToken': token },
        ),
      );
      pages.push(page);
      token = page.continuationToken;
    } while (token !== undefined);
    return pages;
  };
  return {
    batches,
    async devicesCount(batchId) {
      return (await batches()).find((batch) => batch.id === batchId)?.devicesCount;
    },
    devicePages,
    async devices(batchId) {
      return (await devicePages(batchId)).flatMap((page) => page.items);
    },
    async policies() {
      return collectionSchema(policySchema).parse(
        await read(`${customerPath(customerId)}/policies`),
      ).items;
    },
  };
}

/** The name of a listed device's Autopilot profile, `null` when it has none. */
export const profileOf = (device: ListedDevice): string | null =>
  device.policies.find((policy) => policy.key === 'o_o_b_e')?.value ?? null;
