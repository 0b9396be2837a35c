import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import print from '@/components/layout/print.module.css';
import type { BatchSort, SortColumn } from '../batch-list-view';

interface SortableHeaderProps {
  readonly column: SortColumn;
  readonly label: string;
  readonly sort: BatchSort;
  readonly onSort: (column: SortColumn) => void;
}

/**
 * A column header that sorts: a button in the `th`, whose `aria-sort` tells the current order.
 * Printed, just the column's name.
 */
export function SortableHeader({ column, label, sort, onSort }: SortableHeaderProps) {
  const active = sort.column === column;
  const ascending = sort.direction === 'asc';
  const Icon = !active ? IconSelector : ascending ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (ascending ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        fw={700}
        fz="sm"
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
