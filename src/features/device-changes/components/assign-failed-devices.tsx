import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceUploadDetails } from '@/lib/partner-center/batch-job-status-schema';
import { maskSecret } from '@/lib/presenter/mask-secret';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { useFormatNumber } from './use-format-number';

/** Devices listed on the page. */
const shownDevices = 200;

interface AssignFailedDevicesProps {
  readonly devices: readonly DeviceUploadDetails[];
  /** Serial numbers of the change's devices by id, when this browser kept them. */
  readonly serialNumbers: ReadonlyMap<string, string | undefined>;
}

/**
 * The devices Partner Center did not give the profile, each named (serial number, else its id),
 * with Partner Center's reason and code as text. A product ID is masked in presenter mode.
 */
export function AssignFailedDevices({ devices, serialNumbers }: AssignFailedDevicesProps) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const { active: presenting } = usePresenterMode();
  const name = (device: DeviceUploadDetails) => {
    const kept = device.deviceId === undefined ? undefined : serialNumbers.get(device.deviceId);
    if (kept) return kept;
    if (device.serialNumber) return device.serialNumber;
    if (device.deviceId) return device.deviceId;
    if (device.productKey) return presenting ? maskSecret(device.productKey, 4) : device.productKey;
    return '';
  };
  const reason = (device: DeviceUploadDetails) => {
    const code = device.errorCode?.trim() ?? '';
    const description = device.errorDescription?.trim() ?? '';
    if (description && code) return t('tracker.assign.reasonWithCode', { description, code });
    if (description) return description;
    if (code) return t('tracker.assign.reasonUnknown', { code });
    return t('tracker.assign.reasonNone');
  };
  const hidden = devices.length - shownDevices;
  return (
    <Stack gap="sm" component="section" aria-labelledby="assign-failed-devices">
      <Title order={2} size="h4" id="assign-failed-devices">
        {t('tracker.assign.failedHeading')}
      </Title>
      <Table aria-label={t('tracker.assign.failedLabel')} verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tracker.assign.device')}</Table.Th>
            <Table.Th scope="col">{t('tracker.assign.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.slice(0, shownDevices).map((device, index) => (
            <Table.Tr key={`${device.deviceId ?? ''}-${String(index)}`}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{name(device)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{reason(device)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {hidden > 0 && (
        <Text size="sm">
          {t('tracker.assign.moreFailed', { count: hidden, formatted: formatNumber(hidden) })}
        </Text>
      )}
    </Stack>
  );
}
