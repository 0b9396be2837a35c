import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvEncoding } from '../csv/decode-csv-bytes';
import type { AutopilotFileReading } from '../csv/read-autopilot-file';
import type { KnownDevicesCheck } from '../known-devices-check';

const encodingNames: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (ANSI)',
};

interface FileSummaryProps {
  readonly reading: Extract<AutopilotFileReading, { kind: 'read' }>;
  readonly knownDevices: KnownDevicesCheck;
}

/** What was read: the format, the counts, the columns not sent, and what the rows were checked against. */
export function FileSummary({ reading, knownDevices }: FileSummaryProps) {
  const { t, i18n } = useTranslation('deviceUploads');
  const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const { valid, invalid } = reading.validated;
  const cellProblemLines = reading.rowProblems.map((problem) => problem.line);
  return (
    <Stack gap="xs" component="section" aria-labelledby="upload-file-summary">
      <Title order={2} size="h4" id="upload-file-summary">
        {t('summary.heading')}
      </Title>
      <Group gap="xs">
        <Badge variant="light">
          {reading.format === 'intune'
            ? t('summary.format.intune')
            : t('summary.format.partnerCenter')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('summary.encoding', { encoding: encodingNames[reading.encoding] })}
        </Text>
      </Group>
      <List size="sm" spacing={2}>
        <List.Item>
          {t('summary.rows', { count: reading.rowCount, formatted: format(reading.rowCount) })}
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            {t('summary.ready', { count: valid.length, formatted: format(valid.length) })}
          </Text>
        </List.Item>
        {invalid.length > 0 && (
          <List.Item>
            {t('summary.withProblems', {
              count: invalid.length,
              formatted: format(invalid.length),
            })}
          </List.Item>
        )}
        {cellProblemLines.length > 0 && (
          <List.Item>
            {t('problems.cellProblems', {
              count: cellProblemLines.length,
              lines:
                cellProblemLines.slice(0, 20).join(', ') +
                (cellProblemLines.length > 20 ? ', …' : ''),
            })}
          </List.Item>
        )}
      </List>
      {reading.notes.map((note) => (
        <Text size="sm" key={note.code}>
          {note.code === 'intune-columns-not-sent'
            ? t('summary.intuneColumns', { columns: note.columns.join(', ') })
            : t('summary.noManufacturerOrModel')}
        </Text>
      ))}
      {reading.extraColumns.length > 0 && (
        <Text size="sm">
          {t('summary.extraColumns', { columns: reading.extraColumns.join(', ') })}
        </Text>
      )}
      <KnownDevicesNote check={knownDevices} />
    </Stack>
  );
}

function KnownDevicesNote({ check }: { readonly check: KnownDevicesCheck }) {
  const { t, i18n } = useTranslation('deviceUploads');
  if (check.status === 'loading')
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('summary.checkingKnown')}
      </Text>
    );
  if (check.status === 'incomplete') {
    return (
      <Text size="sm" role="status">
        {t('summary.knownIncomplete')}{' '}
        <Anchor component="button" type="button" size="sm" onClick={check.retry}>
          {t('summary.knownRetry')}
        </Anchor>
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('summary.knownChecked', {
        count: check.deviceCount,
        formatted: new Intl.NumberFormat(i18n.language).format(check.deviceCount),
      })}
    </Text>
  );
}
