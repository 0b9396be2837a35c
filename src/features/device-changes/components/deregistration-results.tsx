import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deviceName } from '../changeable-device';
import type { DeregistrationDevice, DeviceFailure } from '../changes/remembered-changes';
import { useFormatNumber } from './use-format-number';

/** Devices listed on the page; the CSV holds every deregistered one. */
const shownDevices = 200;

/** Refused first (they need the reader), then those still waiting, then the rest. */
const order: Record<DeregistrationDevice['outcome'], number> = {
  refused: 0,
  pending: 1,
  'already-gone': 2,
  deregistered: 3,
};

/**
 * Every device of a deregistration with its result in words: deregistered, already gone (not an
 * error: it was no longer in the batch), refused (with the HTTP status, Partner Center's code and
 * words, and the request and correlation ids support asks for), or waiting.
 */
export function DeregistrationResults({
  devices,
}: {
  readonly devices: readonly DeregistrationDevice[];
}) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const sorted = [...devices].sort((a, b) => order[a.outcome] - order[b.outcome]);
  const hidden = sorted.length - shownDevices;

  const result = (device: DeregistrationDevice) => {
    switch (device.outcome) {
      case 'pending':
        return t('tracker.deregister.outcome.pending');
      case 'deregistered':
        return t('tracker.deregister.outcome.deregistered');
      case 'already-gone':
        return t('tracker.deregister.outcome.alreadyGone');
      case 'refused':
        return t('tracker.deregister.outcome.refused');
    }
  };
  const failure = (value: DeviceFailure | undefined) => {
    if (!value) return null;
    const status = value.status === undefined ? '' : String(value.status);
    const words =
      value.status === 403
        ? t('tracker.deregister.failureForbidden')
        : value.status === undefined
          ? t('tracker.deregister.failureNoAnswer', { kind: value.kind })
          : value.code !== undefined || value.description !== undefined
            ? t('tracker.deregister.failure', {
                status,
                code: value.code ?? '',
                description: value.description ?? '',
              })
            : t('tracker.deregister.failureWithoutCode', { status });
    return (
      <Stack gap={0}>
        <Text size="sm">{words}</Text>
        {value.requestId !== undefined && (
          <Text size="xs" c="dimmed">
            {t('tracker.deregister.requestId', { id: value.requestId })}
          </Text>
        )}
        {value.correlationId !== undefined && (
          <Text size="xs" c="dimmed">
            {t('tracker.deregister.correlationId', { id: value.correlationId })}
          </Text>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="deregistration-results">
      <Title order={2} size="h4" id="deregistration-results">
        {t('tracker.deregister.resultsHeading')}
      </Title>
      <Table
        aria-label={t('tracker.deregister.resultsLabel')}
        verticalSpacing="xs"
        striped
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tracker.deregister.device')}</Table.Th>
            <Table.Th scope="col">{t('tracker.deregister.result')}</Table.Th>
            <Table.Th scope="col">{t('tracker.deregister.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.slice(0, shownDevices).map((device) => (
            <Table.Tr key={device.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{deviceName(device)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{result(device)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{failure(device.failure)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {hidden > 0 && (
        <Text size="sm">
          {t('tracker.deregister.moreResults', { count: hidden, formatted: formatNumber(hidden) })}
        </Text>
      )}
    </Stack>
  );
}
