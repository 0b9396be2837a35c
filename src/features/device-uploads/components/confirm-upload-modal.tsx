import { Button, Group, List, Stack, Text } from '@mantine/core';
import { ActionDialog } from '@/components/dialogs/action-dialog';
import { useTranslation } from 'react-i18next';
import type { UploadTarget } from '../api/send-device-upload';
import { maxDevicesPerRequest } from '@/lib/partner-center/split-into-requests';

interface ConfirmUploadModalProps {
  readonly opened: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
  readonly target: UploadTarget;
  readonly customerName: string;
  readonly deviceCount: number;
  readonly leftOutCount: number;
}

/**
 * The one confirmation before devices are sent: how many, to which batch of which customer, what
 * is left out, and what does not happen. Cancel is focused first, so Enter never sends by accident.
 */
export function ConfirmUploadModal(props: ConfirmUploadModalProps) {
  const { opened, onCancel, onConfirm, target, customerName, deviceCount, leftOutCount } = props;
  const { t, i18n } = useTranslation('deviceUploads');
  const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const requestCount = Math.ceil(deviceCount / maxDevicesPerRequest);
  const what = {
    count: deviceCount,
    formatted: format(deviceCount),
    batch: target.batchId,
    customer: customerName,
  };
  return (
    <ActionDialog opened={opened} onClose={onCancel} title={t('confirm.title')} size="lg">
      <Stack gap="md">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {target.kind === 'new-batch'
            ? t('confirm.newBatch', what)
            : t('confirm.existingBatch', what)}
        </Text>
        <List size="sm" spacing={4}>
          {requestCount > 1 && (
            <List.Item>
              {t('confirm.requests', { count: requestCount, size: format(maxDevicesPerRequest) })}
            </List.Item>
          )}
          {leftOutCount > 0 && (
            <List.Item>
              {t('confirm.leftOut', { count: leftOutCount, formatted: format(leftOutCount) })}
            </List.Item>
          )}
          <List.Item>{t('confirm.notChanged')}</List.Item>
          <List.Item>{t('confirm.cannotUndo')}</List.Item>
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('confirm.cancel')}
          </Button>
          <Button onClick={onConfirm}>{t('confirm.send', what)}</Button>
        </Group>
      </Stack>
    </ActionDialog>
  );
}
