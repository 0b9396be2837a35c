import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';

const customerId = '0c8d6a8e-2f55-4c39-9f0b-51b5e7c1a001';

/** A batch as the API sends it, its `devicesLink` in the docs' form (no `/v1`, raw name). */
export function makeBatch(overrides: Partial<DeviceBatch> & { id: string }): DeviceBatch {
  return {
    creationDate: '2025-01-01T10:00:00',
    devicesCount: 1,
    devicesLink: {
      uri: `/customers/${customerId}/deviceBatches/${overrides.id}/devices`,
      method: 'GET',
      headers: [],
    },
    attributes: { objectType: 'DeviceBatch' },
    ...overrides,
  };
}

export const fixtureCustomerId = customerId;
