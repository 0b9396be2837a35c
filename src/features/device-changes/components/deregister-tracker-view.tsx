import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JobStageAlert } from '@/components/batch-job/job-stage-alert';
import { LoadingStatus } from '@/components/status/loading-status';
import { safeFileName } from '@/lib/csv/safe-file-name';
import type { RememberedDeregistration } from '../changes/remembered-changes';
import { summariseDeregistration } from '../changes/summarise-deregistration';
import { useCalmValue } from '../changes/use-calm-value';
import { useDeregistration } from '../changes/use-deregistration';
import { keptDeviceRowsOf } from '../csv/kept-device-rows';
import type { CsvDevice } from '../csv/devices-csv';
import { BatchLinks } from './batch-links';
import { ChangeProgress } from './change-progress';
import { DeregistrationResults } from './deregistration-results';
import { DownloadDevicesCsvButton } from './download-devices-csv-button';
import { useFormatNumber } from './use-format-number';
import wrappingButton from './wrapping-button.module.css';

export interface DeregisterTrackerViewProps {
  readonly customerId: string;
  readonly changeId: string;
  /** From the address; the kept change names it too. */
  readonly batchId: string | undefined;
  /** The signed-in account, whose browser store keeps the change. */
  readonly accountId: string | undefined;
}

/**
 * A deregistration's tracker: sends the DELETEs still pending (a few at a time), resuming after a
 * reload or a new sign-in, and shows progress in words and every device's result. Opened in a
 * browser that does not know the change, it says so and links to the batch.
 */
export function DeregisterTrackerView({
  customerId,
  changeId,
  batchId,
  accountId,
}: DeregisterTrackerViewProps) {
  const { t } = useTranslation('deviceChanges');
  const state = useDeregistration(accountId ?? '', customerId, changeId);
  if (state.kind === 'loading') return <LoadingStatus label={t('tracker.deregister.loading')} />;
  if (state.kind === 'unknown') {
    return (
      <Stack gap="md">
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('tracker.deregister.notKnownTitle')}
        >
          <Text size="sm">{t('tracker.deregister.notKnownBody')}</Text>
        </Alert>
        <BatchLinks customerId={customerId} batchId={batchId} />
      </Stack>
    );
  }
  return (
    <DeregistrationProgress
      change={state.snapshot.change}
      status={state.snapshot.status}
      onRetryRefused={state.retryRefused}
    />
  );
}

function DeregistrationProgress({
  change,
  status,
  onRetryRefused,
}: {
  readonly change: RememberedDeregistration;
  readonly status: 'running' | 'elsewhere' | 'done';
  readonly onRetryRefused: () => void;
}) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const summary = summariseDeregistration(change.devices);
  const done = status === 'done';
  const counts = {
    done: formatNumber(summary.done),
    total: formatNumber(summary.total),
  };
  // The live region says how far it is every few seconds, not on each of 10,000 answers.
  const announced = useCalmValue(counts.done, 3_000, done);
  const stage = done ? (summary.refused > 0 ? 'finishedWithErrors' : 'finished') : 'running';
  const stageText = done
    ? summary.refused > 0 || summary.pending > 0
      ? t('tracker.deregister.finishedWithProblems')
      : t('tracker.deregister.finished')
    : status === 'elsewhere'
      ? t('tracker.deregister.elsewhere')
      : t('tracker.deregister.running', { ...counts, done: announced });
  const progressText = t('tracker.deregister.progress', counts);

  const kept = keptDeviceRowsOf(change.changeId);
  const gone: CsvDevice[] = change.devices
    .filter((device) => device.outcome === 'deregistered' || device.outcome === 'already-gone')
    .map((device) => kept?.get(device.id) ?? device);

  return (
    <Stack gap="md">
      <JobStageAlert stage={stage}>{stageText}</JobStageAlert>
      <ChangeProgress
        done={summary.done}
        total={summary.total}
        text={progressText}
        finished={done}
        withProblems={summary.refused > 0}
      >
        <Text size="sm">
          {progressText}
          {' · '}
          {t('tracker.deregister.counts', {
            deregistered: formatNumber(summary.deregistered),
            alreadyGone: formatNumber(summary.alreadyGone),
            refused: formatNumber(summary.refused),
          })}
        </Text>
      </ChangeProgress>
      {!done && (
        <Text size="sm" c="dimmed">
          {t('tracker.deregister.keepOpen')}
        </Text>
      )}
      {done && summary.refused > 0 && (
        <div>
          <Button classNames={wrappingButton} onClick={onRetryRefused}>
            {t('tracker.deregister.tryFailedAgain', {
              count: summary.refused,
              formatted: formatNumber(summary.refused),
            })}
          </Button>
        </div>
      )}
      <DeregistrationResults devices={change.devices} />
      {gone.length > 0 && (
        <Stack gap="xs">
          <Text size="sm">{t('tracker.deregister.downloadIntro')}</Text>
          {!kept && (
            <Text size="sm" c="dimmed">
              {t('tracker.deregister.downloadWithoutHashes')}
            </Text>
          )}
          <DownloadDevicesCsvButton
            devices={gone}
            label={t('tracker.deregister.downloadAfter')}
            fileName={t('csv.fileName', { batch: safeFileName(change.batchId, 'devices') })}
          />
        </Stack>
      )}
      <BatchLinks customerId={change.customerId} batchId={change.batchId} />
    </Stack>
  );
}
