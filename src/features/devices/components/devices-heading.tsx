import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/layout/page-title';
import { BatchStatusBadge } from '@/components/status/batch-status-badge';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { useFormatNumber } from '../use-format-number';
import classes from './devices.module.css';

interface DevicesHeadingProps {
  readonly batchId: string;
  /** Undefined while the batch is being looked up. */
  readonly batch: Pick<DeviceBatch, 'status' | 'devicesCount'> | undefined;
}

/** The batch's name, its status and how many devices Partner Center says it holds. */
export function DevicesHeading({ batchId, batch }: DevicesHeadingProps) {
  const { t } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  return (
    <Stack gap="xs">
      <PageTitle context={t('page.documentTitle')}>{batchId}</PageTitle>
      {batch && (
        <Group gap="sm">
          <BatchStatusBadge status={batch.status} />
          {batch.devicesCount !== undefined && (
            <Text size="sm" className={classes.muted}>
              {t('page.devices', {
                count: batch.devicesCount,
                formatted: formatNumber(batch.devicesCount),
              })}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
