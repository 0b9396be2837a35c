import { Button, Group, Text } from '@mantine/core';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BatchJobStatus } from '@/lib/partner-center/batch-job-status-schema';
import { nextPoll } from '@/lib/partner-center/batch-job-status-query';

interface NextCheckProps {
  /** The status queries' keys, to read their state (answers, failures) for the poll plan. */
  readonly queryKeys: readonly QueryKey[];
  readonly fetching: boolean;
  readonly onCheckNow: () => void;
  /** When the next check is, in the tracker's own words (e.g. "the upload goes on without you"). */
  readonly nextCheckText: (seconds: number) => string;
  readonly checkNowLabel: string;
}

/**
 * When a tracker asks `batchJobStatus` again, counted down each second, from the same poll plan
 * TanStack Query follows (`nextPoll`), and a button to ask now. The words are the tracker's: an
 * upload and a profile assignment say different things about closing the page.
 */
export function NextCheck({
  queryKeys,
  fetching,
  onCheckNow,
  nextCheckText,
  checkNowLabel,
}: NextCheckProps) {
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
          {nextCheckText(seconds)}
        </Text>
      )}
      <Button size="xs" variant="light" onClick={onCheckNow} loading={fetching}>
        {checkNowLabel}
      </Button>
    </Group>
  );
}
