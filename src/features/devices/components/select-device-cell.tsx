import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceSelection } from '../device-selection';
import { useIsSelected } from '../use-device-selection';

interface SelectDeviceCellProps {
  readonly selection: DeviceSelection;
  readonly id: string;
  /** How the device is named to a screen reader: its serial number, else its id. */
  readonly name: string;
}

/** A row's checkbox: renders again only when this device is ticked or unticked. */
export function SelectDeviceCell({ selection, id, name }: SelectDeviceCellProps) {
  const { t } = useTranslation('devices');
  const selected = useIsSelected(selection, id);
  return (
    <Table.Td>
      <Checkbox
        size="xs"
        aria-label={t('selection.selectDevice', { device: name })}
        checked={selected}
        onChange={(event) => {
          selection.set(id, event.currentTarget.checked);
        }}
      />
    </Table.Td>
  );
}
