import { Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RelativeDate } from '@/components/data-display/relative-date';
import print from '@/components/layout/print.module.css';

export interface FreshnessBarProps {
  /** When the data on screen was fetched (TanStack's `dataUpdatedAt`). */
  readonly updatedAt: number;
  readonly now: Date;
  readonly isFetching: boolean;
  readonly isPolling: boolean;
  readonly onRefresh: () => void;
}

/** "Updated 2 minutes ago", whether the page is polling, and a refresh button. Screen only. */
export function FreshnessBar({
  updatedAt,
  now,
  isFetching,
  isPolling,
  onRefresh,
}: FreshnessBarProps) {
  const { t } = useTranslation('deviceBatches');
  // A refetch can land between two ticks of `now`; never say "in 3 seconds".
  const reference = new Date(Math.max(now.getTime(), updatedAt));
  return (
    <Group justify="space-between" gap="sm" className={print.screenOnly}>
      <Group gap="xs">
        <Text size="sm">
          {t('freshness.updated')}{' '}
          <RelativeDate value={new Date(updatedAt).toISOString()} now={reference} />
        </Text>
        {isPolling && <Text size="sm">{t('freshness.polling')}</Text>}
      </Group>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconRefresh size={14} aria-hidden />}
        loading={isFetching}
        onClick={onRefresh}
      >
        {t('freshness.refresh')}
      </Button>
    </Group>
  );
}
