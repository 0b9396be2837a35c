import { Button, Group, Text } from '@mantine/core';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchJobStatus } from '@/lib/partner-center/batch-job-status-schema';
import { nextPoll } from '../tracking/batch-job-status-query';

interface NextCheckProps {
  /** The status queries' keys, to read their state (answers, failures) for the poll plan. */
  readonly queryKeys: readonly QueryKey[];
  readonly fetching: boolean;
  readonly onCheckNow: () => void;
}

/**
 * When the tracker asks again, counted down each second, from the same poll plan TanStack Query
 * follows, and a button to ask now. Says the page may be closed: the upload goes on without it.
 */
export function NextCheck({ queryKeys, fetching, onCheckNow }: NextCheckProps) {
  const { t } = useTranslation('deviceUploads');
  const queryClient = useQueryClient();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1_000);
    return () => {
      clearInterval(timer);
    };
  }, []);

  const nextAt = queryKeys
    .map((queryKey) => {
      const state = queryClient.getQueryState<BatchJobStatus>(queryKey);
      if (!state) return undefined;
      const delay = nextPoll(state);
      return delay === false
        ? undefined
        : Math.max(state.dataUpdatedAt, state.errorUpdatedAt) + delay;
    })
    .filter((at) => at !== undefined);
  const seconds =
    nextAt.length > 0 ? Math.max(0, Math.ceil((Math.min(...nextAt) - now) / 1_000)) : undefined;

  return (
    <Group gap="xs">
      {seconds !== undefined && !fetching && (
        <Text size="sm" c="dimmed">
          {t('tracker.nextCheck', { seconds })}
        </Text>
      )}
      <Button size="xs" variant="light" onClick={onCheckNow} loading={fetching}>
        {t('tracker.checkNow')}
      </Button>
    </Group>
  );
}
