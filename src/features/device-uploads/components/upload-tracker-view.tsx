import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JobProgressLine } from '@/components/batch-job/job-progress-line';
import { paths } from '@/config/paths';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { batchJobStatusQueryOptions } from '@/lib/partner-center/batch-job-status-query';
import { isJobDone, summariseBatchJobs } from '@/lib/partner-center/batch-job-summary';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { FailedDevices } from './failed-devices';
import { PollProblem } from './poll-problem';
import { UploadStageText } from './upload-stage-text';

interface UploadTrackerViewProps {
  readonly customerId: string;
  /** The tracking ids of the upload's requests, the first being the upload's id. */
  readonly trackingIds: readonly string[];
  /** The batch, when the address or the browser's list of uploads names it. */
  readonly batchId: string | undefined;
  /** Devices never sent because an earlier request failed (from the browser's list of uploads). */
  readonly notSentDeviceCount: number;
}

/**
 * Follows an upload to its last device: polls each request's `batchJobStatus` on the poll plan
 * (never giving up: failures back off and are shown, with a "check now"), shows progress, then
 * every device not registered with the reason in words and a CSV to fix them. When the upload
 * finishes, the customer's batches are refreshed: the new batch and its count show at once.
 */
export function UploadTrackerView({
  customerId,
  trackingIds,
  batchId,
  notSentDeviceCount,
}: UploadTrackerViewProps) {
  const { t, i18n } = useTranslation('deviceUploads');
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
  const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  const refreshed = useRef(false);
  useEffect(() => {
    if (!done || refreshed.current) return;
    refreshed.current = true;
    void queryClient.invalidateQueries({ queryKey: partnerCenterKeys.deviceBatches(customerId) });
  }, [done, queryClient, customerId]);

  const checkNow = () => {
    for (const query of queries) void query.refetch();
  };
  const percent = summary.deviceCount > 0 ? (summary.doneCount / summary.deviceCount) * 100 : 0;
  const progressText = t('tracker.progress', {
    done: format(summary.doneCount),
    total: format(summary.deviceCount),
  });
  const unclearStatus =
    queries.map((query) => query.data?.status).find((status) => status !== undefined) ?? '';

  return (
    <Stack gap="md">
      <UploadStageText stage={summary.stage} status={unclearStatus} />
      <Stack gap={4}>
        <Progress.Root size="lg">
          <Progress.Section
            value={done ? 100 : percent}
            // Mantine's own aria would announce "33.3%": the words say what is done.
            withAria={false}
            role="progressbar"
            aria-label={t('tracker.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(done ? 100 : percent)}
            aria-valuetext={progressText}
            color={summary.stage === 'finishedWithErrors' ? 'orange' : 'blue'}
            animated={!done && summary.stage !== 'unclear'}
          />
        </Progress.Root>
        <JobProgressLine
          text={`${progressText} · ${t('tracker.counts', {
            registered: format(summary.succeededCount),
            failed: format(summary.failedCount),
          })}`}
          running={!done && summary.stage !== 'unclear'}
          unclear={summary.stage === 'unclear'}
          queryKeys={trackingIds.map((trackingId) =>
            partnerCenterKeys.batchJobStatus(customerId, trackingId),
          )}
          fetching={queries.some((query) => query.isFetching)}
          onCheckNow={checkNow}
          nextCheckText={(seconds) => t('tracker.nextCheck', { seconds })}
          checkNowLabel={t('tracker.checkNow')}
        />
      </Stack>
      {failedQuery && (
        <PollProblem
          error={failedQuery.error}
          trackingId={trackingIds[queries.indexOf(failedQuery)] ?? ''}
          onCheckNow={checkNow}
        />
      )}
      {notSentDeviceCount > 0 && (
        <Text size="sm">
          {t('tracker.notSentNote', {
            count: notSentDeviceCount,
            formatted: format(notSentDeviceCount),
          })}
        </Text>
      )}
      {summary.failedCount > 0 && (
        <FailedDevices
          devices={summary.devices}
          uploadId={trackingIds[0] ?? ''}
          batchId={batchId}
        />
      )}
      <Group gap="md">
        {batchId && (
          <Anchor component={Link} to={paths.devices.getHref(customerId, batchId)}>
            {t('tracker.viewDevices', { batch: batchId })}
          </Anchor>
        )}
        <Anchor component={Link} to={paths.deviceBatches.getHref(customerId)}>
          {t('tracker.backToBatches')}
        </Anchor>
      </Group>
    </Stack>
  );
}
