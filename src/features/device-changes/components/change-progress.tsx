import { Progress, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChangeProgressProps {
  readonly done: number;
  readonly total: number;
  /** "12 of 30 devices done", the bar's value for screen readers too. */
  readonly text: string;
  readonly finished: boolean;
  readonly withProblems: boolean;
  /** Beside the words: counts, "check now". */
  readonly children?: ReactNode;
}

/** A change's progress bar, its value said in words rather than as a percentage. */
export function ChangeProgress({
  done,
  total,
  text,
  finished,
  withProblems,
  children,
}: ChangeProgressProps) {
  const { t } = useTranslation('deviceChanges');
  const percent = finished ? 100 : total > 0 ? (done / total) * 100 : 0;
  return (
    <Stack gap={4}>
      <Progress.Root size="lg">
        <Progress.Section
          value={percent}
          // Mantine's own aria would announce "33.3%": the words say what is done.
          withAria={false}
          role="progressbar"
          aria-label={t('tracker.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(percent)}
          aria-valuetext={text}
          color={withProblems ? 'orange' : 'blue'}
          animated={!finished}
        />
      </Progress.Root>
      {children}
    </Stack>
  );
}
