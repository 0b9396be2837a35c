import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../use-format-number';
import classes from './devices.module.css';

interface LoadingProgressProps {
  readonly loadedCount: number;
  /** The batch's `devicesCount`: what Partner Center says there is to load; undefined if not given. */
  readonly total: number | undefined;
  /** Pages are still coming in. */
  readonly loading: boolean;
}

/** "Loading devices: 1,200 of 10,000" with a bar while pages come in; "All 10,000 devices loaded." after. */
export function LoadingProgress({ loadedCount, total, loading }: LoadingProgressProps) {
  const { t } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  if (!loading) {
    return (
      <Text size="sm" className={classes.muted} role="status">
        {t('progress.done', { count: loadedCount, formatted: formatNumber(loadedCount) })}
      </Text>
    );
  }
  if (total === undefined) {
    // Without a total there is nothing to measure progress against: the count alone.
    return (
      <Text size="sm" role="status">
        {t('progress.loadingWithoutTotal', { loaded: formatNumber(loadedCount) })}
      </Text>
    );
  }
  const text = t('progress.loading', {
    loaded: formatNumber(loadedCount),
    total: formatNumber(total),
  });
  const percent = total > 0 ? Math.min(100, (loadedCount / total) * 100) : 0;
  return (
    <Stack gap={4}>
      <Text size="sm">{text}</Text>
      <Progress.Root size="sm">
        <Progress.Section value={percent} aria-label={t('progress.label')} aria-valuetext={text} />
      </Progress.Root>
    </Stack>
  );
}
