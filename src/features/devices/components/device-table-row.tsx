import { Table, Text } from '@mantine/core';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RelativeDate } from '@/components/data-display/relative-date';
import type { DeviceRow } from '../device-row';
import { shownProductKey, shownUploader } from '../shown-secrets';
import { HardwareHashCell } from './hardware-hash-cell';
import classes from './devices.module.css';

interface DeviceTableRowProps {
  readonly row: DeviceRow;
  /** Position in the list, for the virtualiser and for screen readers (`aria-rowindex`). */
  readonly index: number;
  readonly measureRef: Ref<HTMLTableRowElement>;
  readonly now: Date;
  /** Presenter mode: product keys and hardware hashes are not shown. */
  readonly masked: boolean;
  readonly onShowHash: (row: DeviceRow) => void;
}

/**
 * One device. Values from Partner Center are rendered as text, never as markup. Memoised: while
 * pages stream in, the rows already on screen do not render again.
 */
export const DeviceTableRow = memo(function DeviceTableRow({
  row,
  index,
  measureRef,
  now,
  masked,
  onShowHash,
}: DeviceTableRowProps) {
  const { t } = useTranslation('devices');
  const text = (value: string | undefined) =>
    value ? (
      <Text size="sm" truncate="end" title={value}>
        {value}
      </Text>
    ) : (
      <Text size="sm" className={classes.muted}>
        {t('table.empty')}
      </Text>
    );
  return (
    <Table.Tr ref={measureRef} data-index={index} aria-rowindex={index + 2}>
      <Table.Td>{text(row.serialNumber)}</Table.Td>
      <Table.Td>{text(row.productKey && shownProductKey(row.productKey, masked))}</Table.Td>
      <Table.Td>
        {row.hardwareHash ? (
          <HardwareHashCell
            hash={row.hardwareHash}
            deviceName={row.serialNumber ?? row.id}
            masked={masked}
            onShowFull={() => {
              onShowHash(row);
            }}
          />
        ) : (
          text(undefined)
        )}
      </Table.Td>
      <Table.Td>{text(row.modelName)}</Table.Td>
      <Table.Td>{text(row.manufacturer)}</Table.Td>
      <Table.Td>
        {row.profile === null ? (
          <Text size="sm" className={classes.muted}>
            {t('table.noProfile')}
          </Text>
        ) : (
          text(row.profile)
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate="end">
          <RelativeDate value={row.uploadedDate} now={now} />
        </Text>
      </Table.Td>
      <Table.Td>{text(row.uploadedBy && shownUploader(row.uploadedBy, masked))}</Table.Td>
    </Table.Tr>
  );
});
