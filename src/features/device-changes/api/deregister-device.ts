import type { ApiClient } from '@/lib/api-client/create-api-client';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';

/** What became of a device's registration: removed now, or no longer there to remove. */
export type DeregisterAnswer = 'deregistered' | 'already-gone';

export interface DeviceInBatch {
  readonly customerId: string;
  readonly batchId: string;
  readonly deviceId: string;
}

/**
 * `DELETE /v1/customers/{id}/deviceBatches/{batchId}/devices/{deviceId}` → 204 (docs/partner-center-api.md
 * §16): removes the device's Autopilot registration, nothing else. DELETE is idempotent, so the
 * client retries it on 429, 5xx and lost answers; a 404 means the device is not in the batch (any
 * more): removed by another tab or person, or by an earlier attempt whose answer was lost. Either
 * way it is gone, which is what was asked: `already-gone`, not an error. Any other failure is thrown.
 */
export async function deregisterDevice(
  client: ApiClient,
  { customerId, batchId, deviceId }: DeviceInBatch,
  signal?: AbortSignal,
): Promise<DeregisterAnswer> {
  const path = buildApiPath('customers', customerId, 'deviceBatches', batchId, 'devices', deviceId);
  try {
    await client.send('DELETE', path, signal ? { signal } : {});
    return 'deregistered';
  } catch (error) {
    if (isPartnerCenterError(error, 'http') && error.status === 404) return 'already-gone';
    throw error;
  }
}
