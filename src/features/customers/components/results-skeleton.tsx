import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './customers.module.css';

const placeholderRows = [0, 1, 2, 3, 4];

/** Loading: rows shaped like the customers to come, and the words for screen readers. */
export function ResultsSkeleton() {
  const { t } = useTranslation('customers');
  return (
    <Stack gap="md" aria-busy>
      <Text size="sm" className={classes.muted} role="status">
        {t('list.loading')}
      </Text>
      {placeholderRows.map((row) => (
        <Stack key={row} gap={6} aria-hidden>
          <Skeleton height={16} width="40%" />
          <Skeleton height={12} width="25%" />
          <Skeleton height={12} width="55%" />
        </Stack>
      ))}
    </Stack>
  );
}
