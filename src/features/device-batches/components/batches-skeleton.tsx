import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const placeholderRows = [0, 1, 2, 3, 4];

/** The shape of the page while the batches load, announced once to screen readers. */
export function BatchesSkeleton() {
  const { t } = useTranslation('deviceBatches');
  return (
    <Stack gap="sm" aria-busy>
      <VisuallyHidden role="status">{t('loading')}</VisuallyHidden>
      <Skeleton height="5rem" radius="md" />
      <Skeleton height="2.25rem" width="50%" radius="md" />
      {placeholderRows.map((row) => (
        <Skeleton key={row} height="2.5rem" radius="sm" />
      ))}
    </Stack>
  );
}
