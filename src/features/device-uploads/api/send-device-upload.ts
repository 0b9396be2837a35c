import type { ApiClient } from '@/lib/api-client/create-api-client';
import type { PartnerCenterError } from '@/lib/api-client/api-error';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';
import { sendJobRequests, type AcceptedJobRequest } from '@/lib/partner-center/send-job-requests';

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
  const asUploadRequest = ({
    items,
    ...rest
  }: AcceptedJobRequest<DeviceToUpload>): AcceptedRequest => ({
    ...rest,
    deviceCount: items.length,
  });
  const result = await sendJobRequests(
    client,
    devices,
    (chunk, index) => {
      const createsBatch = target.kind === 'new-batch' && index === 0;
      return createsBatch
        ? {
            method: 'POST',
            path: buildApiPath('customers', customerId, 'deviceBatches'),
            body: { batchId: target.batchId, devices: chunk },
          }
        : {
            method: 'POST',
            path: buildApiPath('customers', customerId, 'deviceBatches', target.batchId, 'devices'),
            body: chunk,
          };
    },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      onAccepted: (request) => options.onAccepted?.(asUploadRequest(request)),
    },
  );
  const accepted = result.accepted.map(asUploadRequest);
  if (result.kind === 'accepted') return { kind: 'accepted', accepted };
  const { items, error, outcomeUnknown, index } = result.failed;
  return {
    kind: 'stopped',
    accepted,
    failed: { index, deviceCount: items.length, error, outcomeUnknown },
    notSentDeviceCount: result.notSent.length,
  };
}
