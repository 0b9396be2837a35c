import { Progress, Stack, Text } from '@mantine/core';

interface SendingProgressProps {
  /** Requests accepted so far, and how many there are. */
  readonly accepted: number;
  readonly total: number;
  /** Which request is on its way, in the page's words ("Sending request 2 of 3…"). */
  readonly text: (current: number, total: number) => string;
  /** Why to keep the page open meanwhile. */
  readonly keepOpenText: string;
}

/**
 * While a write's requests are sent one after another (an upload's POSTs, an assignment's
 * PATCHes): which one, out of how many, announced as it changes, and to keep the page open.
 */
export function SendingProgress({ accepted, total, text, keepOpenText }: SendingProgressProps) {
  const shownTotal = Math.max(total, 1);
  const current = Math.min(accepted + 1, shownTotal);
  return (
    <Stack gap={4} role="status">
      <Text size="sm">{text(current, shownTotal)}</Text>
      <Progress value={total > 0 ? (accepted / total) * 100 : 0} aria-hidden animated />
      <Text size="sm" c="dimmed">
        {keepOpenText}
      </Text>
    </Stack>
  );
}
