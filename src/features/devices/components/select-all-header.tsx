import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceRow } from '../device-row';
import type { DeviceSelection } from '../device-selection';
import { useSelectedCount } from '../use-device-selection';
import { useFormatNumber } from '../use-format-number';

interface SelectAllHeaderProps {
  readonly selection: DeviceSelection;
  /** Every device the search and filters show, rendered or not. */
  readonly rows: readonly DeviceRow[];
}

/**
 * The selection column's header: ticks every device the filter shows, the 10,000 of the largest
 * batch included, without rendering them (the selection is a set of ids). Mixed while some are
 * ticked; a click then selects them all, and a click on a full selection clears it.
 */
export function SelectAllHeader({ selection, rows }: SelectAllHeaderProps) {
  const { t } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  // The selection never holds a device the table does not show (see DevicesBrowser).
  const count = useSelectedCount(selection);
  const all = rows.length > 0 && count >= rows.length;
  return (
    <Table.Th>
      <Checkbox
        size="xs"
        aria-label={t('selection.selectAll', {
          count: rows.length,
          formatted: formatNumber(rows.length),
        })}
        checked={all}
        indeterminate={count > 0 && !all}
        disabled={rows.length === 0}
        onChange={() => {
          if (all) selection.clear();
          else selection.selectOnly(rows.map((row) => row.id));
        }}
      />
    </Table.Th>
  );
}
