import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SendingProgress } from '@/components/batch-job/sending-progress';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { paths } from '@/config/paths';
import type { PartnerRole } from '@/lib/auth/partner-role';
import { splitIntoRequests } from '@/lib/partner-center/split-into-requests';
import type { KnownDevicesCheck } from '../known-devices-check';
import { trackerHref } from '../tracking/tracker-href';
import { checkTargetChoice, type TargetChoice } from '../upload-target-choice';
import { BatchTargetFields } from './batch-target-fields';
import { ConfirmUploadModal } from './confirm-upload-modal';
import { CsvFilePicker } from './csv-file-picker';
import { FileReadingResult } from './file-reading-result';
import { UploadStopped } from './upload-stopped';
import { useFileReading } from './use-file-reading';
import { useSendUpload } from './use-send-upload';

interface RegisterDevicesViewProps {
  readonly customerId: string;
  /** For the confirmation; the id until the customer has loaded. */
  readonly customerName: string;
  /** The customer's batch names; undefined while they load or when they could not be loaded. */
  readonly existingNames: readonly string[] | undefined;
  /** Why the batch names could not be loaded, and how to try again. */
  readonly batchesFailure?: { readonly error: unknown; readonly retry: () => void } | undefined;
  readonly knownDevices: KnownDevicesCheck;
  readonly role: PartnerRole;
  readonly accountId: string | undefined;
  /** A batch to add to, from the address (`?batch=`), e.g. when opened from a batch's devices. */
  readonly presetBatchId: string | undefined;
}

/**
 * The upload page: choose a file, see every row checked, leave out the rows with problems, choose
 * the batch, confirm once, send. After the send the tracker takes over at its own address.
 */
export function RegisterDevicesView(props: RegisterDevicesViewProps) {
  const {
    customerId,
    customerName,
    existingNames,
    batchesFailure,
    knownDevices,
    role,
    accountId,
    presetBatchId,
  } = props;
  const { t } = useTranslation('deviceUploads');
  const navigate = useNavigate();
  const [file, setFile] = useState<File>();
  const [leftOut, setLeftOut] = useState(false);
  const [choice, setChoice] = useState<TargetChoice>({
    kind: presetBatchId ? 'existing-batch' : 'new-batch',
    newName: '',
    existingId: presetBatchId,
  });
  const [triedToGoOn, setTriedToGoOn] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // A second click while the dialog closes must not send the devices again.
  const sending = useRef(false);
  const reading = useFileReading(file, knownDevices.known);
  const send = useSendUpload({ customerId, accountId });

  const read =
    reading.status === 'read' && reading.reading.kind === 'read' ? reading.reading : undefined;
  const rows = read?.validated.valid ?? [];
  const invalidCount = read?.validated.invalid.length ?? 0;
  const targetCheck = checkTargetChoice(choice, existingNames ?? []);
  const nameTouched = choice.newName !== '' || triedToGoOn;
  const readyToReview =
    rows.length > 0 &&
    (invalidCount === 0 || leftOut) &&
    targetCheck.ok &&
    existingNames !== undefined;
  const notAdmin = role === 'not-admin-agent';
  const busy = send.isPending;

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    setLeftOut(false);
    send.reset();
    sending.current = false;
  };
  const review = () => {
    setTriedToGoOn(true);
    if (readyToReview) setConfirming(true);
  };
  const confirm = () => {
    if (!targetCheck.ok || sending.current) return;
    sending.current = true;
    setConfirming(false);
    send.mutate(
      { target: targetCheck.target, rows },
      {
        onSuccess: ({ result, remembered }) => {
          if (result.kind !== 'accepted') return;
          void navigate(
            remembered
              ? trackerHref(remembered)
              : paths.devices.getHref(customerId, targetCheck.target.batchId),
          );
        },
      },
    );
  };

  if (notAdmin) {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t('role.notAdminTitle')}
      >
        <Text size="sm">{t('role.notAdminBody')}</Text>
      </Alert>
    );
  }

  const stopped = send.data?.result.kind === 'stopped' ? send.data.result : undefined;
  return (
    <Stack gap="lg">
      <Text>{t('page.intro')}</Text>
      {role === 'unknown' && (
        <Text size="sm" c="dimmed">
          {t('role.unknownNote')}
        </Text>
      )}
      <CsvFilePicker file={file} onFile={chooseFile} disabled={busy} />
      <FileReadingResult
        state={reading}
        fileName={file?.name ?? ''}
        knownDevices={knownDevices}
        leftOut={leftOut}
        onLeaveOut={setLeftOut}
      />
      {read && rows.length > 0 && (
        <BatchTargetFields
          choice={choice}
          onChange={setChoice}
          existingNames={existingNames}
          nameProblem={targetCheck.ok ? undefined : targetCheck.nameProblem}
          showProblems={nameTouched}
          disabled={busy}
        />
      )}
      {read && rows.length > 0 && batchesFailure && (
        <ApiErrorPanel
          error={batchesFailure.error}
          title={t('target.batchesNotLoaded')}
          onRetry={batchesFailure.retry}
        />
      )}
      {read && rows.length > 0 && !busy && !stopped && (
        <Group>
          <Button
            onClick={review}
            disabled={(invalidCount > 0 && !leftOut) || existingNames === undefined}
          >
            {t('review.button', {
              count: rows.length,
              formatted: new Intl.NumberFormat().format(rows.length),
            })}
          </Button>
          {existingNames === undefined && !batchesFailure && (
            <Text size="sm" c="dimmed" role="status">
              {t('target.loadingBatches')}
            </Text>
          )}
        </Group>
      )}
      {busy && (
        <SendingProgress
          accepted={send.progress.accepted}
          total={send.progress.total}
          text={(current, total) => t('sending.progress', { current, total })}
          keepOpenText={t('sending.keepOpen')}
        />
      )}
      {stopped && targetCheck.ok && (
        <UploadStopped
          customerId={customerId}
          target={targetCheck.target}
          result={stopped}
          remembered={send.data?.remembered}
          requestCount={splitIntoRequests(rows).length}
          onBack={() => {
            send.reset();
            sending.current = false;
          }}
        />
      )}
      {send.isError && <ApiErrorPanel error={send.error} />}
      {targetCheck.ok && (
        <ConfirmUploadModal
          opened={confirming}
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={confirm}
          target={targetCheck.target}
          customerName={customerName}
          deviceCount={rows.length}
          leftOutCount={invalidCount}
        />
      )}
    </Stack>
  );
}
