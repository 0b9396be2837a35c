import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '@/components/data-display/sortable-header';
import type { DevicesSort, SortColumn } from '../devices-view-params';

interface DevicesTableHeadProps {
  readonly sort: DevicesSort | null;
  readonly onSort: (column: SortColumn) => void;
}

/** Column widths, fixed so columns do not jump as different rows scroll into view. */
const widths = ['12%', '12%', '16%', '14%', '10%', '14%', '9%', '13%'];

export function DevicesTableColumns() {
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width }} />
      ))}
    </colgroup>
  );
}

/** The table's header row; every column but the hardware hash sorts. */
export function DevicesTableHead({ sort, onSort }: DevicesTableHeadProps) {
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
        {header('serialNumber', t('table.serialNumber'))}
        {header('productKey', t('table.productKey'))}
        <Table.Th>{t('table.hardwareHash')}</Table.Th>
        {header('modelName', t('table.model'))}
        {header('manufacturer', t('table.manufacturer'))}
        {header('profile', t('table.profile'))}
        {header('uploadedAt', t('table.uploaded'))}
        {header('uploadedBy', t('table.uploadedBy'))}
      </Table.Tr>
    </Table.Thead>
  );
}
