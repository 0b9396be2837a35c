import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** While requests are sent: which one, out of how many, and to keep the page open meanwhile. */
export function SendingProgress({
  accepted,
  total,
}: {
  readonly accepted: number;
  readonly total: number;
}) {
  const { t } = useTranslation('deviceUploads');
  const current = Math.min(accepted + 1, Math.max(total, 1));
  return (
    <Stack gap={4} role="status">
      <Text size="sm">{t('sending.progress', { current, total: Math.max(total, 1) })}</Text>
      <Progress value={total > 0 ? (accepted / total) * 100 : 0} aria-hidden animated />
      <Text size="sm" c="dimmed">
        {t('sending.keepOpen')}
      </Text>
    </Stack>
  );
}
