import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface EmptyResultsProps {
  /** The search that found nothing; '' when the partner has no customers at all. */
  readonly search: string;
  readonly onClearSearch: () => void;
}

/** Nothing to list: why, and what to do next. */
export function EmptyResults({ search, onClearSearch }: EmptyResultsProps) {
  const { t } = useTranslation('customers');
  const searching = search !== '';
  return (
    <Paper withBorder p="lg" role="status">
      <Stack gap="xs" align="flex-start">
        <IconMoodEmpty size={28} aria-hidden />
        <Title order={4}>
          {searching ? t('list.noMatchTitle', { search }) : t('list.noCustomersTitle')}
        </Title>
        <Text size="sm">{searching ? t('list.noMatchBody') : t('list.noCustomersBody')}</Text>
        {searching && (
          <Button variant="default" size="xs" onClick={onClearSearch}>
            {t('search.clear')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
