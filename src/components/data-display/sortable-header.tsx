import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import print from '@/components/layout/print.module.css';

interface SortableHeaderProps<Column extends string> {
  readonly column: Column;
  readonly label: string;
  /** This column's order when the table is sorted by it; null when sorted otherwise. */
  readonly direction: 'asc' | 'desc' | null;
  /** A hint on hover, e.g. "Sort by Model". */
  readonly title?: string;
  readonly onSort: (column: Column) => void;
}

/**
 * A column header that sorts: a button in the `th`, whose `aria-sort` tells the current order.
 * Printed, just the column's name.
 */
export function SortableHeader<Column extends string>({
  column,
  label,
  direction,
  title,
  onSort,
}: SortableHeaderProps<Column>) {
  const Icon =
    direction === null ? IconSelector : direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      aria-sort={direction === null ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
    >
      <UnstyledButton
        fw={700}
        fz="sm"
        title={title}
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
