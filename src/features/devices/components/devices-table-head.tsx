import { Table } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '@/components/data-display/sortable-header';
import type { DeviceColumn } from '../device-column-texts';
import type { DevicesSort, SortColumn } from '../devices-view-params';

interface DevicesTableHeadProps {
  readonly headings: Record<DeviceColumn, string>;
  readonly sort: DevicesSort | null;
  readonly onSort: (column: SortColumn) => void;
  /** The selection column's header (its "select all" box); null when the table has no selection. */
  readonly selectAll: ReactNode;
}

/** The selection column's width in pixels: a small checkbox and the cell's padding. */
export const selectionColumnWidth = 40;

/** Widths on paper, where the page is the table's width and values wrap rather than end in "…". */
const printWidths = ['12%', '12%', '16%', '14%', '10%', '14%', '9%', '13%'];

/**
 * The columns' widths: measured to their content on screen (see `useDeviceColumnWidths`), fixed
 * shares of the page on paper or until measured. Fixed either way, so columns do not jump as
 * different rows scroll into view.
 */
export function DevicesTableColumns({
  widths,
  selectable,
}: {
  readonly widths: readonly number[] | null;
  /** A checkbox column first (on screen, for someone who may change devices). */
  readonly selectable: boolean;
}) {
  return (
    <colgroup>
      {selectable && <col style={{ width: selectionColumnWidth }} />}
      {printWidths.map((share, index) => {
        const measured = widths?.[index];
        return <col key={index} style={{ width: measured === undefined ? share : measured }} />;
      })}
    </colgroup>
  );
}

/** Each column's heading in the user's language; one object per language, for the measuring. */
export function useDevicesTableHeadings(): Record<DeviceColumn, string> {
  const { t } = useTranslation('devices');
  return useMemo(
    () => ({
      serialNumber: t('table.serialNumber'),
      productKey: t('table.productKey'),
      hardwareHash: t('table.hardwareHash'),
      model: t('table.model'),
      manufacturer: t('table.manufacturer'),
      profile: t('table.profile'),
      uploaded: t('table.uploaded'),
      uploadedBy: t('table.uploadedBy'),
    }),
    // react-i18next gives a new `t` when the language changes, and the same one otherwise.
    [t],
  );
}

/** The table's header row; every column but the hardware hash (and the selection's) sorts. */
export function DevicesTableHead({ headings, sort, onSort, selectAll }: DevicesTableHeadProps) {
  const { t } = useTranslation('devices');
  const header = (column: SortColumn, label: string) => (
    <SortableHeader
      column={column}
      label={label}
      direction={sort?.column === column ? sort.direction : null}
      title={t('table.sortBy', { column: label })}
      onSort={onSort}
    />
  );
  return (
    <Table.Thead>
      <Table.Tr aria-rowindex={1}>
        {selectAll}
        {header('serialNumber', headings.serialNumber)}
        {header('productKey', headings.productKey)}
        <Table.Th>{headings.hardwareHash}</Table.Th>
        {header('modelName', headings.model)}
        {header('manufacturer', headings.manufacturer)}
        {header('profile', headings.profile)}
        {header('uploadedAt', headings.uploaded)}
        {header('uploadedBy', headings.uploadedBy)}
      </Table.Tr>
    </Table.Thead>
  );
}
