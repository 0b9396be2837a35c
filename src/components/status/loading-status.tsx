import { Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';

interface LoadingStatusProps {
  /** What is loading, for screen readers: a loader's `aria-label` alone is not announced. */
  readonly label: string;
  /** Words shown under the loader as well, if any. */
  readonly hint?: string;
}

/** The dashboard's one "something is loading" block: a centred loader in a polite live region. */
export function LoadingStatus({ label, hint }: LoadingStatusProps) {
  return (
    <Center py="xl">
      <Stack role="status" align="center" gap="xs">
        <Loader aria-hidden />
        <VisuallyHidden>{label}</VisuallyHidden>
        {hint !== undefined && <Text c="dimmed">{hint}</Text>}
      </Stack>
    </Center>
  );
}
