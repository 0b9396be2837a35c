import type { ApiClient } from '@/lib/api-client/create-api-client';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { isOutcomeUnknown } from '@/lib/api-client/outcome-unknown-error';
import { splitIntoRequests } from './split-into-requests';
import { trackingIdOfLocation } from './tracking-id-of-location';

/** One request Partner Center accepted (202): a batch job that handles its items. */
export interface AcceptedJobRequest<Item> {
  /** 0-based position of the request in the sequence. */
  readonly index: number;
  readonly items: readonly Item[];
  /** From the answer's `Location`; undefined when it named no batchJobStatus. */
  readonly trackingId: string | undefined;
  readonly requestId: string;
  readonly correlationId: string;
}

/** The request that failed, and whether Partner Center may have acted on it all the same. */
export interface FailedJobRequest<Item> {
  readonly index: number;
  readonly items: readonly Item[];
  readonly error: PartnerCenterError;
  /** A timeout, a lost connection or a 5xx: the job may have started; check before sending again. */
  readonly outcomeUnknown: boolean;
}

export type JobRequestsResult<Item> =
  | { readonly kind: 'accepted'; readonly accepted: readonly AcceptedJobRequest<Item>[] }
  | {
      readonly kind: 'stopped';
      readonly accepted: readonly AcceptedJobRequest<Item>[];
      readonly failed: FailedJobRequest<Item>;
      /** The items of the requests after the failed one, never sent. */
      readonly notSent: readonly Item[];
    };

/** What to send for one chunk of items. */
export interface JobRequest {
  readonly method: 'POST' | 'PATCH';
  readonly path: string;
  readonly body: unknown;
}

export interface SendJobRequestsOptions<Item> {
  readonly signal?: AbortSignal;
  /** Called as each request is accepted, before the next is sent, so its tracking id is kept. */
  readonly onAccepted?: (request: AcceptedJobRequest<Item>) => void | Promise<void>;
}

/**
 * Sends `items` to a Partner Center call that starts a batch job (registering devices, assigning
 * them a profile), in requests of at most `maxDevicesPerRequest`, one after another.
 *
 * Such a request is never sent twice (the client sees to that: it is not idempotent). The sequence
 * stops at the first request that fails: after an unknown outcome the user must first check what
 * happened; after a refusal the later requests would most likely be refused too. The result says
 * which requests were accepted (with their tracking ids), which one failed and what was never sent,
 * so nothing is lost and nothing is sent twice.
 */
export async function sendJobRequests<Item>(
  client: ApiClient,
  items: readonly Item[],
  requestFor: (chunk: readonly Item[], index: number) => JobRequest,
  options: SendJobRequestsOptions<Item> = {},
): Promise<JobRequestsResult<Item>> {
  const chunks = splitIntoRequests(items);
  const accepted: AcceptedJobRequest<Item>[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const { method, path, body } = requestFor(chunk, index);
    try {
      const answer = await client.send(method, path, {
        body,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const request: AcceptedJobRequest<Item> = {
        index,
        items: chunk,
        trackingId: trackingIdOfLocation(answer.location, client.apiBase, answer),
        requestId: answer.requestId,
        correlationId: answer.correlationId,
      };
      accepted.push(request);
      await options.onAccepted?.(request);
    } catch (error) {
      if (!(error instanceof PartnerCenterError)) throw error;
      return {
        kind: 'stopped',
        accepted,
        failed: { index, items: chunk, error, outcomeUnknown: isOutcomeUnknown(error) },
        notSent: chunks.slice(index + 1).flat(),
      };
    }
  }
  return { kind: 'accepted', accepted };
}
