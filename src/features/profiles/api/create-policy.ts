import type { ApiClient } from '@/lib/api-client/create-api-client';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import {
  autopilotPolicyCategory,
  policySchema,
  type Policy,
} from '@/lib/partner-center/policy-schema';
import { toSentFields, type ProfileFields } from '../profile-fields';
import { policiesPath } from './policy-paths';

/**
 * `POST /v1/customers/{customer-id}/policies` (docs/partner-center-api.md §16): creates an
 * Autopilot profile and answers it (200, the docs' example; not 201). A POST is sent once: when no
 * clear answer comes, the client throws an `OutcomeUnknownError` and the caller must let the user
 * check the list before creating it again, since the API allows two profiles of the same name.
 */
export async function createPolicy(
  client: ApiClient,
  customerId: string,
  fields: ProfileFields,
): Promise<Policy> {
  const sent = toSentFields(fields);
  const answer = await client.send('POST', policiesPath(customerId), {
    body: {
      name: sent.name,
      category: autopilotPolicyCategory,
      description: sent.description,
      policySettings: sent.policySettings,
    },
    schema: policySchema,
  });
  if (!answer.data) throw emptyAnswer(answer);
  return answer.data;
}

/** A 2xx without the profile: the write happened, but what it made cannot be shown. */
export function emptyAnswer(answer: {
  url: string;
  requestId: string;
  correlationId: string;
  status: number;
}): PartnerCenterError {
  return new PartnerCenterError({
    kind: 'invalid-response',
    method: 'POST',
    url: answer.url,
    requestId: answer.requestId,
    correlationId: answer.correlationId,
    status: answer.status,
    message: `Partner Center answered ${String(answer.status)} without the profile.`,
  });
}
