import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from './scroll-box';
import { downloadCsvFile } from '@/lib/csv/download-csv-file';
import { safeFileName } from '@/lib/csv/safe-file-name';
import type { DeviceUploadDetails } from '@/lib/partner-center/batch-job-status-schema';
import { jobDeviceOutcome } from '@/lib/partner-center/batch-job-summary';
import { maskSecret } from '@/lib/presenter/mask-secret';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { fixUpCsv, maskedForPresenting } from '../results/fix-up-csv';
import { sentRowFinder } from '../results/match-sent-row';
import { sentRowsOf } from '../results/sent-upload-rows';
import { useDescribeDeviceError } from './use-describe-device-error';

/** Devices listed on the page; the CSV holds them all. */
const shownDevices = 200;

interface FailedDevicesProps {
  readonly devices: readonly DeviceUploadDetails[];
  readonly uploadId: string;
  readonly batchId: string | undefined;
}

/**
 * Every device Partner Center did not register, with its code and the reason in words, and a CSV
 * of them to fix and upload again: with the file's hashes when this tab sent the upload, else with
 * what Partner Center reports (serial number, product ID), saying so.
 */
export function FailedDevices({ devices, uploadId, batchId }: FailedDevicesProps) {
  const { t, i18n } = useTranslation('deviceUploads');
  const { active: presenting } = usePresenterMode();
  const describe = useDescribeDeviceError();
  const failed = devices.filter((device) => jobDeviceOutcome(device) === 'failed');
  const sentRows = sentRowsOf(uploadId);
  const hidden = failed.length - shownDevices;

  const download = () => {
    const findRow = sentRowFinder(sentRows ?? []);
    const rows = failed.map((device) => {
      const sent = findRow(device);
      const reported = {
        serialNumber: device.serialNumber ?? '',
        productKey: device.productKey ?? '',
      };
      const fields = sent?.device ?? reported;
      return {
        device: presenting ? maskedForPresenting(fields) : fields,
        ...(sent ? { line: sent.line } : {}),
        code: device.errorCode ?? '',
        reason: describe(device),
      };
    });
    const csv = fixUpCsv(rows, {
      line: t('csv.line'),
      code: t('csv.code'),
      reason: t('csv.reason'),
    });
    downloadCsvFile(csv, t('csv.fileName', { batch: safeFileName(batchId ?? uploadId, 'upload') }));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="upload-failed-devices">
      <Title order={2} size="h4" id="upload-failed-devices">
        {t('tracker.resultsHeading')}
      </Title>
      <Text size="sm">{t('tracker.resultsIntro')}</Text>
      {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. */}
      <ScrollBox minWidth={520} label={t('tracker.resultsLabel')}>
        <Table aria-label={t('tracker.resultsLabel')} verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('tracker.serialNumber')}</Table.Th>
              <Table.Th scope="col">{t('tracker.productKey')}</Table.Th>
              <Table.Th scope="col">{t('tracker.code')}</Table.Th>
              <Table.Th scope="col">{t('tracker.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {failed.slice(0, shownDevices).map((device, index) => (
              <Table.Tr key={device.deviceId ?? `${device.serialNumber ?? ''}-${String(index)}`}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{device.serialNumber}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {device.productKey && presenting
                    ? maskSecret(device.productKey, 4)
                    : device.productKey}
                </Table.Td>
                <Table.Td>{device.errorCode}</Table.Td>
                <Table.Td>{describe(device)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollBox>
      {hidden > 0 && (
        <Text size="sm">
          {t('tracker.moreResults', {
            count: hidden,
            formatted: new Intl.NumberFormat(i18n.language).format(hidden),
          })}
        </Text>
      )}
      {!sentRows && (
        <Text size="sm" c="dimmed">
          {t('tracker.downloadWithoutHashes')}
        </Text>
      )}
      <div>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={download}
        >
          {t('tracker.downloadFailed')}
        </Button>
      </div>
    </Stack>
  );
}
