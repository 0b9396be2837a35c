import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { browserStore, type KeyValueStore } from '@/lib/storage/browser-store';
import { sendDeviceUpload, type UploadResult, type UploadTarget } from '../api/send-device-upload';
import { splitIntoRequests } from '@/lib/partner-center/split-into-requests';
import type { ValidDeviceRow } from '../csv/validate-device-rows';
import { keepSentRows } from '../results/sent-upload-rows';
import { rememberUpload, type RememberedUpload } from '../tracking/remembered-uploads';

export interface SendUploadVariables {
  readonly target: UploadTarget;
  readonly rows: readonly ValidDeviceRow[];
}

export interface SentUpload {
  readonly result: UploadResult;
  /** What the browser keeps for the tracker; undefined when no request was accepted. */
  readonly remembered: RememberedUpload | undefined;
}

interface UseSendUploadOptions {
  readonly customerId: string;
  /** The signed-in account, whose list of recent uploads this one joins. */
  readonly accountId: string | undefined;
  readonly storage?: KeyValueStore;
}

/**
 * Sends an upload (each POST once, see sendDeviceUpload) and remembers it as each request is
 * accepted, before the next is sent: a tab closed half-way still leaves a tracker to open. The
 * progress counts the requests accepted so far.
 */
export function useSendUpload({
  customerId,
  accountId,
  storage = browserStore,
}: UseSendUploadOptions) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState({ accepted: 0, total: 0 });
  const mutation = useMutation({
    mutationFn: async ({ target, rows }: SendUploadVariables): Promise<SentUpload> => {
      setProgress({ accepted: 0, total: splitIntoRequests(rows).length });
      let remembered: RememberedUpload | undefined;
      const keep = async (upload: RememberedUpload) => {
        remembered = upload;
        keepSentRows(upload.uploadId, rows);
        if (accountId) await rememberUpload(storage, accountId, upload).catch(() => undefined);
      };
      const result = await sendDeviceUpload(
        client,
        customerId,
        target,
        rows.map((row) => row.device),
        {
          onAccepted: async (request) => {
            setProgress((now) => ({ ...now, accepted: request.index + 1 }));
            const requests = [
              ...(remembered?.requests ?? []),
              { trackingId: request.trackingId, deviceCount: request.deviceCount },
            ];
            const uploadId = remembered?.uploadId ?? request.trackingId;
            // Without a tracking id there is nothing to poll: the batch's devices are the check.
            if (uploadId === undefined) return;
            await keep({
              uploadId,
              customerId,
              batchId: target.batchId,
              createdBatch: target.kind === 'new-batch',
              requests,
              notSentDeviceCount: 0,
              startedAt: remembered?.startedAt ?? new Date().toISOString(),
            });
          },
        },
      );
      if (result.kind === 'stopped' && remembered) {
        const unsent =
          result.notSentDeviceCount +
          (result.failed.outcomeUnknown ? 0 : result.failed.deviceCount);
        await keep({ ...remembered, notSentDeviceCount: unsent });
      }
      return { result, remembered };
    },
    // A new batch, or more devices in one: the batch list and its counts are out of date.
    // Not awaited: the tracker opens at once, and the list refreshes behind it. Only the batch
    // list is marked stale, not every batch's devices (10,000 of them would be fetched again).
    onSettled: () => {
      void queryClient.invalidateQueries({
        queryKey: partnerCenterKeys.deviceBatches(customerId),
        exact: true,
      });
    },
  });
  return { ...mutation, progress };
}
