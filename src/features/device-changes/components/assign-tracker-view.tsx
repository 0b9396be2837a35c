import { Stack, Text } from '@mantine/core';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { JobStageAlert } from '@/components/batch-job/job-stage-alert';
import { JobProgressLine } from '@/components/batch-job/job-progress-line';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { batchJobStatusQueryOptions } from '@/lib/partner-center/batch-job-status-query';
import {
  isJobDone,
  jobDeviceOutcome,
  summariseBatchJobs,
} from '@/lib/partner-center/batch-job-summary';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { AssignFailedDevices } from './assign-failed-devices';
import { BatchLinks } from './batch-links';
import { ChangeProgress } from './change-progress';
import { useFormatNumber } from './use-format-number';

export interface AssignTrackerViewProps {
  readonly customerId: string;
  readonly batchId: string | undefined;
  /** Every accepted PATCH's tracking id: the change is their jobs together. */
  readonly trackingIds: readonly string[];
  /** The devices' serial numbers by id, when this browser kept the change. */
  readonly serialNumbers: ReadonlyMap<string, string | undefined>;
}

/**
 * Follows a profile assignment to its last device: polls each request's batchJobStatus on the
 * upload's poll plan (never giving up: a failed poll backs off and is shown, with "check now"),
 * shows progress in words, then every device that did not get the profile and why. When it is
 * done, the customer's batches (and so the batch's devices, now showing the profile) and profiles
 * (their device counts) are refreshed.
 */
export function AssignTrackerView({
  customerId,
  batchId,
  trackingIds,
  serialNumbers,
}: AssignTrackerViewProps) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const queries = useQueries({
    queries: trackingIds.map((trackingId) =>
      batchJobStatusQueryOptions(client, { customerId, trackingId }),
    ),
  });
  const summary = summariseBatchJobs(queries.map((query) => query.data));
  const done = isJobDone(summary.stage);
  const failedQuery = queries.find(
    (query) => query.isError && query.errorUpdatedAt > query.dataUpdatedAt,
  );

  const refreshed = useRef(false);
  useEffect(() => {
    if (!done || refreshed.current) return;
    refreshed.current = true;
    void queryClient.invalidateQueries({ queryKey: partnerCenterKeys.deviceBatches(customerId) });
    void queryClient.invalidateQueries({ queryKey: partnerCenterKeys.policies(customerId) });
  }, [done, queryClient, customerId]);

  const checkNow = () => {
    for (const query of queries) void query.refetch();
  };
  const unclearStatus =
    queries.map((query) => query.data?.status).find((status) => status !== undefined) ?? '';
  const stageText = (() => {
    switch (summary.stage) {
      case 'starting':
        return t('tracker.assign.starting');
      case 'running':
        return t('tracker.assign.running');
      case 'finished':
        return t('tracker.assign.finished');
      case 'finishedWithErrors':
        return t('tracker.assign.finishedWithErrors');
      case 'unclear':
        return t('tracker.assign.unclear', { status: unclearStatus });
    }
  })();
  const progressText = t('tracker.assign.progress', {
    done: formatNumber(summary.doneCount),
    total: formatNumber(summary.deviceCount),
  });
  const failed = summary.devices.filter((device) => jobDeviceOutcome(device) === 'failed');
  const failedTrackingId = failedQuery ? (trackingIds[queries.indexOf(failedQuery)] ?? '') : '';
  const notFound = isPartnerCenterError(failedQuery?.error, 'http')
    ? failedQuery.error.status === 404
    : false;

  return (
    <Stack gap="md">
      <JobStageAlert stage={summary.stage}>{stageText}</JobStageAlert>
      <ChangeProgress
        done={summary.doneCount}
        total={summary.deviceCount}
        text={progressText}
        finished={done}
        withProblems={summary.stage === 'finishedWithErrors'}
      >
        <JobProgressLine
          text={`${progressText} · ${t('tracker.assign.counts', {
            succeeded: formatNumber(summary.succeededCount),
            failed: formatNumber(summary.failedCount),
          })}`}
          running={!done && summary.stage !== 'unclear'}
          unclear={summary.stage === 'unclear'}
          queryKeys={trackingIds.map((trackingId) =>
            partnerCenterKeys.batchJobStatus(customerId, trackingId),
          )}
          fetching={queries.some((query) => query.isFetching)}
          onCheckNow={checkNow}
          nextCheckText={(seconds) => t('tracker.assign.nextCheck', { seconds })}
          checkNowLabel={t('tracker.checkNow')}
        />
      </ChangeProgress>
      {failedQuery && (
        <ApiErrorPanel
          error={failedQuery.error}
          title={notFound ? t('tracker.assign.notFoundTitle') : t('tracker.assign.pollFailedTitle')}
          description={
            notFound
              ? t('tracker.assign.notFoundBody', { trackingId: failedTrackingId })
              : t('tracker.assign.pollFailedBody')
          }
          onRetry={checkNow}
        />
      )}
      <Text size="sm">{t('tracker.assign.whenApplied')}</Text>
      {failed.length > 0 && <AssignFailedDevices devices={failed} serialNumbers={serialNumbers} />}
      <BatchLinks customerId={customerId} batchId={batchId} />
    </Stack>
  );
}
