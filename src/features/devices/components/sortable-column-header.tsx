import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import type { DevicesSort, SortColumn } from '../devices-view-params';

interface SortableColumnHeaderProps {
  readonly column: SortColumn;
  readonly label: string;
  readonly sort: DevicesSort | null;
  readonly onSort: (column: SortColumn) => void;
}

/** A column header that sorts: a button in the `th`, whose `aria-sort` tells the current order. */
export function SortableColumnHeader({ column, label, sort, onSort }: SortableColumnHeaderProps) {
  const { t } = useTranslation('devices');
  const direction = sort?.column === column ? sort.direction : null;
  const Icon =
    direction === null ? IconSelector : direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      aria-sort={direction === null ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
    >
      <UnstyledButton
        fw={700}
        fz="sm"
        title={t('table.sortBy', { column: label })}
        onClick={() => {
          onSort(column);
        }}
      >
        <Group component="span" gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden className={print.screenOnly} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
