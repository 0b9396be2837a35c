import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client/create-api-client';
import {
  batchJobStatusPath,
  type BatchJobStatusRef,
} from '@/lib/partner-center/batch-job-status-path';
import {
  batchJobStatusSchema,
  type BatchJobStatus,
} from '@/lib/partner-center/batch-job-status-schema';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { isUploadRunning } from '@/lib/partner-center/upload-status';
import { nextPollDelayMs } from '@/lib/partner-center/poll-schedule';

/** What the poll plan reads of a query's state (TanStack's `QueryState`, narrowed). */
export interface PollState {
  readonly data: BatchJobStatus | undefined;
  /** Answers so far. */
  readonly dataUpdateCount: number;
  /** Failed polls so far (TanStack keeps no count of failures in a row across fetches). */
  readonly errorUpdateCount: number;
  readonly dataUpdatedAt: number;
  readonly errorUpdatedAt: number;
}

/**
 * When to ask again: never once the upload has finished (or Partner Center calls it `unknown`,
 * which the tracker shows with a "check again" button); otherwise on the poll schedule, backing
 * off while the latest poll failed. Polling goes on in a background tab too: the person may have
 * switched tabs while a large upload runs, and a poll at most once a minute costs nothing.
 */
export function nextPoll(state: PollState): number | false {
  if (state.data !== undefined && !isUploadRunning(state.data.status)) return false;
  const latestFailed = state.errorUpdatedAt > state.dataUpdatedAt;
  return nextPollDelayMs(state.dataUpdateCount, latestFailed ? state.errorUpdateCount : 0);
}

/**
 * `batchJobStatus` of one accepted request (an upload's POST, a profile assignment's PATCH), polled
 * until it is done.
 */
export function batchJobStatusQueryOptions(
  client: ApiClient,
  { customerId, trackingId }: BatchJobStatusRef,
) {
  return queryOptions({
    queryKey: partnerCenterKeys.batchJobStatus(customerId, trackingId),
    queryFn: ({ signal }) =>
      client.get(batchJobStatusPath({ customerId, trackingId }), batchJobStatusSchema, {
        signal,
      }),
    // The client already retried the GET per its plan; the poll schedule is the retry from here.
    retry: false,
    refetchInterval: (query) => nextPoll(query.state),
    refetchIntervalInBackground: true,
  });
}
