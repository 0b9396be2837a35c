import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';

interface BatchesToolbarProps {
  readonly query: string;
  readonly onSearch: (query: string) => void;
  readonly shown: number;
  readonly total: number;
  readonly isFiltered: boolean;
  readonly onShowAll: () => void;
}

/**
 * Search by name, how many batches the filters leave, and a way back to all of them. Printed, only
 * the count: a printout of a filtered list says it is one.
 */
export function BatchesToolbar({
  query,
  onSearch,
  shown,
  total,
  isFiltered,
  onShowAll,
}: BatchesToolbarProps) {
  const { t } = useTranslation('deviceBatches');
  return (
    <Group justify="space-between" align="end" gap="sm">
      <TextInput
        className={print.screenOnly}
        type="search"
        label={t('toolbar.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(event) => {
          onSearch(event.currentTarget.value);
        }}
      />
      <Group gap="sm">
        {/* Always present, so screen readers hear the count change as the filters do. */}
        <Text size="sm" role="status">
          {isFiltered ? t('toolbar.showing', { shown, total }) : ''}
        </Text>
        {isFiltered && (
          <Button variant="subtle" size="xs" onClick={onShowAll} className={print.screenOnly}>
            {t('toolbar.showAll')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
