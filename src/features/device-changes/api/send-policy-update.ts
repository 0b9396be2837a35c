import type { ApiClient } from '@/lib/api-client/create-api-client';
import type { PartnerCenterError } from '@/lib/api-client/api-error';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import { autopilotPolicyCategory } from '@/lib/partner-center/policy-schema';
import { sendJobRequests, type AcceptedJobRequest } from '@/lib/partner-center/send-job-requests';

/** One PATCH Partner Center accepted (202): a batch job that gives its devices the profile. */
export interface AcceptedPolicyRequest {
  /** 0-based position of the request in the assignment. */
  readonly index: number;
  readonly deviceIds: readonly string[];
  /** From the answer's `Location`; undefined when it named no batchJobStatus (the devices' profile column is then the only check). */
  readonly trackingId: string | undefined;
  readonly requestId: string;
  readonly correlationId: string;
}

/** The PATCH that failed, and what its failure means. */
export interface FailedPolicyRequest {
  readonly index: number;
  readonly deviceIds: readonly string[];
  readonly error: PartnerCenterError;
  /** A timeout, a lost connection or a 5xx: the update may have started; check before sending again. */
  readonly outcomeUnknown: boolean;
  /** 404: the profile does not exist (any more): deleted after it was chosen. */
  readonly profileGone: boolean;
}

export type PolicyUpdateResult =
  | { readonly kind: 'accepted'; readonly accepted: readonly AcceptedPolicyRequest[] }
  | {
      readonly kind: 'stopped';
      readonly accepted: readonly AcceptedPolicyRequest[];
      readonly failed: FailedPolicyRequest;
      /** The devices of the requests after the failed one, never sent. */
      readonly notSentDeviceIds: readonly string[];
    };

export interface SendPolicyUpdateOptions {
  readonly signal?: AbortSignal;
  /** Called as each request is accepted, before the next is sent, so its tracking id is kept. */
  readonly onAccepted?: (request: AcceptedPolicyRequest) => void | Promise<void>;
}

/**
 * Gives `deviceIds` the Autopilot profile `policyId`:
 * `PATCH /v1/customers/{id}/DevicePolicyUpdates` with
 * `{ devices: [{ id, policies: [{ key: "o_o_b_e", value: policyId }] }] }`, answered 202 with a
 * `Location` to the job's batchJobStatus (docs/partner-center-api.md §16). In requests of at most
 * `maxDevicesPerRequest` (500: the emulator's limit, and the upload's, see split-into-requests.ts),
 * one after another.
 *
 * A PATCH is never sent twice (the client sees to that: it is not idempotent, each one starts a
 * job). The assignment stops at the first request that fails: after an unknown outcome the user
 * must first check the devices' profiles; after a refusal (429, 403, a profile deleted meanwhile)
 * the later requests would be refused too. The result says which requests were accepted (with
 * their tracking ids), which failed and which devices were never sent.
 */
export async function sendPolicyUpdate(
  client: ApiClient,
  customerId: string,
  policyId: string,
  deviceIds: readonly string[],
  options: SendPolicyUpdateOptions = {},
): Promise<PolicyUpdateResult> {
  const path = buildApiPath('customers', customerId, 'DevicePolicyUpdates');
  const asPolicyRequest = ({
    items,
    ...rest
  }: AcceptedJobRequest<string>): AcceptedPolicyRequest => ({
    ...rest,
    deviceIds: items,
  });
  const result = await sendJobRequests(
    client,
    deviceIds,
    (chunk) => ({
      method: 'PATCH',
      path,
      body: {
        devices: chunk.map((id) => ({
          id,
          policies: [{ key: autopilotPolicyCategory, value: policyId }],
        })),
      },
    }),
    {
      ...(options.signal ? { signal: options.signal } : {}),
      onAccepted: (request) => options.onAccepted?.(asPolicyRequest(request)),
    },
  );
  const accepted = result.accepted.map(asPolicyRequest);
  if (result.kind === 'accepted') return { kind: 'accepted', accepted };
  const { items, error, outcomeUnknown, index } = result.failed;
  return {
    kind: 'stopped',
    accepted,
    failed: {
      index,
      deviceIds: items,
      error,
      outcomeUnknown,
      profileGone: !outcomeUnknown && error.kind === 'http' && error.status === 404,
    },
    notSentDeviceIds: result.notSent,
  };
}
