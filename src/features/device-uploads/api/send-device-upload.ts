import type { ApiClient } from '@/lib/api-client/create-api-client';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { isOutcomeUnknown } from '@/lib/api-client/outcome-unknown-error';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';
import { trackingIdOfLocation } from '@/lib/partner-center/tracking-id-of-location';
import { splitIntoRequests } from '@/lib/partner-center/split-into-requests';

/** Where the devices go: a batch this upload creates, or one the customer already has. */
export type UploadTarget =
  | { readonly kind: 'new-batch'; readonly batchId: string }
  | { readonly kind: 'existing-batch'; readonly batchId: string };

/** One request Partner Center accepted (202): its devices are being processed. */
export interface AcceptedRequest {
  /** 0-based position of the request in the upload. */
  readonly index: number;
  readonly deviceCount: number;
  /** From the answer's `Location`; undefined when it named no batchJobStatus (then the batch's devices are the only check). */
  readonly trackingId: string | undefined;
  readonly requestId: string;
  readonly correlationId: string;
}

/** The request that failed, and whether Partner Center may have acted on it all the same. */
export interface FailedRequest {
  readonly index: number;
  readonly deviceCount: number;
  readonly error: PartnerCenterError;
  /** A timeout, a lost connection or a 5xx: the devices may be registered; check before sending again. */
  readonly outcomeUnknown: boolean;
}

export type UploadResult =
  | { readonly kind: 'accepted'; readonly accepted: readonly AcceptedRequest[] }
  | {
      readonly kind: 'stopped';
      readonly accepted: readonly AcceptedRequest[];
      readonly failed: FailedRequest;
      /** Devices of the requests after the failed one, which were never sent. */
      readonly notSentDeviceCount: number;
    };

export interface SendDeviceUploadOptions {
  readonly signal?: AbortSignal;
  /** Called as soon as each request is accepted, so its tracking id can be kept before the next is sent. */
  readonly onAccepted?: (request: AcceptedRequest) => void | Promise<void>;
}

/**
 * Registers `devices` for a customer, in requests of at most `maxDevicesPerRequest` devices, one
 * after another. A new batch is created by the first request (`POST …/deviceBatches` with
 * `{ batchId, devices }`); every later request, and every request to an existing batch, adds to it
 * (`POST …/deviceBatches/{batchId}/devices` with a bare array).
 *
 * A POST is never sent twice (the client sees to that). The upload stops at the first request
 * that fails: after an unknown outcome the user must first check what was registered, and after a
 * refusal the later requests would most likely be refused too. The result says exactly which
 * requests were accepted (with their tracking ids), which one failed and how many devices were not
 * sent, so nothing is lost and nothing is sent twice.
 */
export async function sendDeviceUpload(
  client: ApiClient,
  customerId: string,
  target: UploadTarget,
  devices: readonly DeviceToUpload[],
  options: SendDeviceUploadOptions = {},
): Promise<UploadResult> {
  const requests = splitIntoRequests(devices);
  const accepted: AcceptedRequest[] = [];
  for (const [index, chunk] of requests.entries()) {
    const createsBatch = target.kind === 'new-batch' && index === 0;
    const path = createsBatch
      ? buildApiPath('customers', customerId, 'deviceBatches')
      : buildApiPath('customers', customerId, 'deviceBatches', target.batchId, 'devices');
    const body = createsBatch ? { batchId: target.batchId, devices: chunk } : chunk;
    try {
      const answer = await client.send('POST', path, {
        body,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const request: AcceptedRequest = {
        index,
        deviceCount: chunk.length,
        trackingId: trackingIdOfLocation(answer.location, client.apiBase, answer),
        requestId: answer.requestId,
        correlationId: answer.correlationId,
      };
      accepted.push(request);
      await options.onAccepted?.(request);
    } catch (error) {
      if (!(error instanceof PartnerCenterError)) throw error;
      const notSentDeviceCount = requests
        .slice(index + 1)
        .reduce((count, later) => count + later.length, 0);
      return {
        kind: 'stopped',
        accepted,
        failed: {
          index,
          deviceCount: chunk.length,
          error,
          outcomeUnknown: isOutcomeUnknown(error),
        },
        notSentDeviceCount,
      };
    }
  }
  return { kind: 'accepted', accepted };
}
