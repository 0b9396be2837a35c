import { Chip, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import { BatchStatusBadge } from '@/components/status/batch-status-badge';
import { statusOfKey } from '../batch-status-buckets';
import type { BatchSummary } from '../summarise-batches';

interface BatchSummaryPanelProps {
  readonly summary: BatchSummary;
  readonly activeStatuses: readonly string[];
  readonly onToggleStatus: (key: string) => void;
}

/**
 * Above the table: how many batches and devices, and a count per status that filters the table.
 * Printed, only the totals: the filter chips are controls.
 */
export function BatchSummaryPanel({
  summary,
  activeStatuses,
  onToggleStatus,
}: BatchSummaryPanelProps) {
  const { t, i18n } = useTranslation('deviceBatches');
  const number = new Intl.NumberFormat(i18n.language);
  const { batchCount, deviceCount } = summary;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('summary.label')}>
      <Group justify="space-between" gap="md">
        <Group gap="lg">
          <Text fw={700}>
            {t('summary.batches', { count: batchCount, formatted: number.format(batchCount) })}
          </Text>
          <Text fw={700}>
            {t('summary.devices', { count: deviceCount, formatted: number.format(deviceCount) })}
          </Text>
        </Group>
        <Group
          gap="xs"
          role="group"
          aria-label={t('summary.filterByStatus')}
          className={print.screenOnly}
        >
          {summary.byStatus.map(({ key, count }) => (
            <Chip
              key={key}
              variant="outline"
              checked={activeStatuses.includes(key)}
              onChange={() => {
                onToggleStatus(key);
              }}
            >
              <Group component="span" gap={6} wrap="nowrap">
                <BatchStatusBadge status={statusOfKey(key)} />
                {number.format(count)}
              </Group>
            </Chip>
          ))}
        </Group>
      </Group>
    </Paper>
  );
}
