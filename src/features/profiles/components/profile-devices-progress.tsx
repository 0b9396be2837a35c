import { Box, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './profiles.module.css';

interface ProfileDevicesProgressProps {
  readonly loadedCount: number;
  readonly totalCount: number | undefined;
  readonly loading: boolean;
  /** Matching devices found so far (or in all, once loaded). */
  readonly matchCount: number;
}

/**
 * How far the walk through the customer's devices has come ("Loading the customer's devices:
 * 1,200 of 10,250", with a bar), and the count of devices that use the profile: so far while
 * loading, in all after.
 */
export function ProfileDevicesProgress({
  loadedCount,
  totalCount,
  loading,
  matchCount,
}: ProfileDevicesProgressProps) {
  const { t, i18n } = useTranslation('profiles');
  const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const count = { count: matchCount, formatted: format(matchCount) };
  const text =
    totalCount === undefined
      ? t('devices.loadingWithoutTotal', { loaded: format(loadedCount) })
      : t('devices.loading', { loaded: format(loadedCount), total: format(totalCount) });
  const percent =
    totalCount !== undefined && totalCount > 0
      ? Math.min(100, (loadedCount / totalCount) * 100)
      : 0;
  return (
    <Stack gap={4}>
      {loading && (
        <>
          <Text size="sm">{text}</Text>
          {totalCount !== undefined && (
            <Progress.Root size="sm">
              <Progress.Section
                value={percent}
                aria-label={t('devices.progressLabel')}
                aria-valuetext={text}
              />
            </Progress.Root>
          )}
          <Text size="sm" className={classes.muted}>
            {t('devices.countSoFar', count)}
          </Text>
        </>
      )}
      {/* Always there, so the count is announced when the last page is in. */}
      <Box role="status">
        {!loading && (
          <Text size="sm" fw={600}>
            {matchCount === 0 ? t('devices.none') : t('devices.count', count)}
          </Text>
        )}
      </Box>
    </Stack>
  );
}
