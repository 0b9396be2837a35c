import type { ApiClient } from '@/lib/api-client/create-api-client';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { policyPath } from './policy-paths';

/** `deleted`: this request deleted it; `already-gone`: the API no longer had it (404). */
export type DeleteOutcome = 'deleted' | 'already-gone';

/**
 * `DELETE /v1/customers/{customer-id}/policies/{policy-id}` → 204 (docs/partner-center-api.md
 * §16). The client retries it like a GET; a retry whose first attempt was carried out answers 404,
 * and another tab may have deleted it first: either way the profile is gone, which is what the
 * user asked for, so a 404 is an outcome, not a failure. A 409 (devices use the profile) and every
 * other refusal are thrown.
 */
export async function deletePolicy(
  client: ApiClient,
  customerId: string,
  policyId: string,
): Promise<DeleteOutcome> {
  try {
    await client.send('DELETE', policyPath(customerId, policyId));
    return 'deleted';
  } catch (error) {
    if (isPartnerCenterError(error, 'http') && error.status === 404) return 'already-gone';
    throw error;
  }
}
