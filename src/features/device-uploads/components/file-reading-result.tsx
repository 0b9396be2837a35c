import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadCsvFile } from '@/lib/csv/download-csv-file';
import { safeFileName } from '@/lib/csv/safe-file-name';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import type { InvalidDeviceRow } from '../csv/validate-device-rows';
import type { KnownDevicesCheck } from '../known-devices-check';
import { fixUpCsv, maskedForPresenting } from '../results/fix-up-csv';
import { FileProblemAlert } from './file-problem-alert';
import { FileSummary } from './file-summary';
import { RowProblemsTable } from './row-problems-table';
import { useDescribeRowProblem } from './use-describe-row-problem';
import type { FileReadingState } from './use-file-reading';

interface FileReadingResultProps {
  readonly state: FileReadingState;
  readonly fileName: string;
  readonly knownDevices: KnownDevicesCheck;
  readonly leftOut: boolean;
  readonly onLeaveOut: (leftOut: boolean) => void;
}

/** The chosen file as read: why it cannot be used, or what it holds and which rows have problems. */
export function FileReadingResult({
  state,
  fileName,
  knownDevices,
  leftOut,
  onLeaveOut,
}: FileReadingResultProps) {
  const { t } = useTranslation('deviceUploads');
  if (state.status === 'idle') return null;
  if (state.status === 'reading') {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('file.reading', { name: fileName })}</Text>
      </Group>
    );
  }
  if (state.status === 'failed') {
    const message = state.error instanceof Error ? state.error.message : String(state.error);
    return <FileProblemAlert problem={{ kind: 'failed', message }} />;
  }
  const { reading } = state;
  if (reading.kind !== 'read') return <FileProblemAlert problem={reading} />;
  const { invalid, valid } = reading.validated;
  return (
    <Stack gap="md">
      <FileSummary reading={reading} knownDevices={knownDevices} />
      {invalid.length > 0 && (
        <ProblemRows
          rows={invalid}
          fileName={fileName}
          leftOut={leftOut}
          onLeaveOut={onLeaveOut}
          noneValid={valid.length === 0}
        />
      )}
    </Stack>
  );
}

interface ProblemRowsProps {
  readonly rows: readonly InvalidDeviceRow[];
  readonly fileName: string;
  readonly leftOut: boolean;
  readonly onLeaveOut: (leftOut: boolean) => void;
  readonly noneValid: boolean;
}

function ProblemRows({ rows, fileName, leftOut, onLeaveOut, noneValid }: ProblemRowsProps) {
  const { t, i18n } = useTranslation('deviceUploads');
  const describe = useDescribeRowProblem();
  const { active: presenting } = usePresenterMode();
  const count = {
    count: rows.length,
    formatted: new Intl.NumberFormat(i18n.language).format(rows.length),
  };
  const download = () => {
    const csv = fixUpCsv(
      rows.map(({ line, row, problems }) => ({
        device: presenting ? maskedForPresenting(row) : row,
        line,
        reason: problems.map(describe).join(' '),
      })),
      { line: t('csv.line'), code: t('csv.code'), reason: t('csv.reason') },
    );
    const name = safeFileName(fileName.replace(/\.csv$/i, ''), 'devices');
    downloadCsvFile(csv, t('csv.leftOutFileName', { name }));
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="upload-row-problems">
      <Title order={2} size="h4" id="upload-row-problems">
        {t('problems.heading')}
      </Title>
      <Text size="sm">{noneValid ? t('problems.noValidRows') : t('problems.intro')}</Text>
      <RowProblemsTable rows={rows} />
      <Group gap="sm">
        {!noneValid && !leftOut && (
          <Button
            onClick={() => {
              onLeaveOut(true);
            }}
          >
            {t('problems.leaveOut', count)}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={download}
        >
          {t('problems.download')}
        </Button>
      </Group>
      {leftOut && (
        <Alert variant="light" color="blue" role="status">
          <Group gap="sm">
            <Text size="sm">{t('problems.leftOut', count)}</Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                onLeaveOut(false);
              }}
            >
              {t('problems.undoLeaveOut')}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
