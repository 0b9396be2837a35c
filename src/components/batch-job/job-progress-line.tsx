import { Button, Group, Text } from '@mantine/core';
import type { ComponentProps } from 'react';
import { NextCheck } from './next-check';

type JobProgressLineProps = ComponentProps<typeof NextCheck> & {
  /** The progress and the counts, in the tracker's words. */
  readonly text: string;
  /** Partner Center is still working on the job: the next check is counted down. */
  readonly running: boolean;
  /** A status that says neither running nor finished: only "Check now" is offered. */
  readonly unclear: boolean;
};

/**
 * The line under a tracker's progress bar: how far the job is, and when it is checked again (or a
 * button to check now when Partner Center's status is unclear). Shared by every tracker.
 */
export function JobProgressLine({ text, running, unclear, ...nextCheck }: JobProgressLineProps) {
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">{text}</Text>
      {running && <NextCheck {...nextCheck} />}
      {unclear && (
        <Button size="xs" variant="light" onClick={nextCheck.onCheckNow}>
          {nextCheck.checkNowLabel}
        </Button>
      )}
    </Group>
  );
}
