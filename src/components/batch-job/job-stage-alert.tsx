import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { JobStage } from '@/lib/partner-center/batch-job-summary';

/** How each stage looks: blue while under way, green when done, orange or yellow when not all is well. */
const looks = {
  starting: ['blue', IconHourglass],
  running: ['blue', IconHourglass],
  finished: ['green', IconCircleCheck],
  finishedWithErrors: ['orange', IconAlertTriangle],
  unclear: ['yellow', IconAlertTriangle],
} as const satisfies Record<JobStage, readonly [string, typeof IconHourglass]>;

/**
 * Where a tracked job stands, in one sentence (the tracker's own words), announced to screen
 * readers as it changes: a polite live region, so progress is heard without interrupting.
 */
export function JobStageAlert({
  stage,
  children,
}: {
  readonly stage: JobStage;
  readonly children: ReactNode;
}) {
  const [color, Icon] = looks[stage];
  return (
    <Alert
      variant="light"
      color={color}
      icon={<Icon aria-hidden />}
      role="status"
      aria-live="polite"
    >
      {children}
    </Alert>
  );
}
