import type { ApiClient } from '@/lib/api-client/create-api-client';
import { policySchema, type Policy } from '@/lib/partner-center/policy-schema';
import { toSentFields, type ProfileFields } from '../profile-fields';
import { policyPath } from './policy-paths';

/**
 * `PUT /v1/customers/{customer-id}/policies/{policy-id}` with the name, description and settings
 * (docs/partner-center-api.md §16); answers the profile as saved. A PUT may be sent again (the
 * client retries 429 and 5xx itself): it sets the same values however often it arrives. A 404
 * means the profile is gone (deleted elsewhere).
 */
export async function updatePolicy(
  client: ApiClient,
  customerId: string,
  policyId: string,
  fields: ProfileFields,
): Promise<Policy | undefined> {
  const sent = toSentFields(fields);
  const answer = await client.send('PUT', policyPath(customerId, policyId), {
    body: {
      name: sent.name,
      description: sent.description,
      policySettings: sent.policySettings,
    },
    schema: policySchema,
  });
  return answer.data;
}
