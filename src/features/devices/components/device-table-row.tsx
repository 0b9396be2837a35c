import { Table, Text } from '@mantine/core';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DateWithAge } from '@/components/data-display/date-with-age';
import { MissingValue } from '@/components/data-display/missing-value';
import { TruncatedText } from '@/components/data-display/truncated-text';
import type { DeviceRow } from '../device-row';
import type { DeviceSelection } from '../device-selection';
import { shownProductKey, shownUploader } from '../shown-secrets';
import { HardwareHashCell } from './hardware-hash-cell';
import { SelectDeviceCell } from './select-device-cell';
import classes from './devices.module.css';

interface DeviceTableRowProps {
  readonly row: DeviceRow;
  /** Position in the list, for the virtualiser and for screen readers (`aria-rowindex`). */
  readonly index: number;
  readonly measureRef: Ref<HTMLTableRowElement>;
  readonly now: Date;
  /** Presenter mode: product keys, hardware hashes and uploaders' addresses are not shown. */
  readonly masked: boolean;
  readonly onShowHash: (row: DeviceRow) => void;
  /** The ticked devices, when the table lets its reader select them; its checkbox comes first. */
  readonly selection: DeviceSelection | undefined;
}

/** A value as the cell shows it: whole, or cut off with a way to read it all; or "Not given". */
function ValueCell({ value }: { readonly value: string | undefined }) {
  return <Table.Td>{value ? <TruncatedText value={value} /> : <Missing />}</Table.Td>;
}

function Missing() {
  return (
    <Text size="sm">
      <MissingValue />
    </Text>
  );
}

/**
 * One device. Values from Partner Center are rendered as text, never as markup, and what the
 * table shows of a secret is what presenter mode allows (`shown-secrets.ts`), in the tooltip of a
 * cut-off value too. Memoised: while pages stream in, the rows already on screen do not render again,
 * and ticking a device renders only its checkbox (see `DeviceSelection`).
 */
export const DeviceTableRow = memo(function DeviceTableRow({
  row,
  index,
  measureRef,
  now,
  masked,
  onShowHash,
  selection,
}: DeviceTableRowProps) {
  const { t } = useTranslation('devices');
  return (
    <Table.Tr ref={measureRef} data-index={index} aria-rowindex={index + 2}>
      {selection && (
        <SelectDeviceCell selection={selection} id={row.id} name={row.serialNumber ?? row.id} />
      )}
      <ValueCell value={row.serialNumber} />
      <ValueCell value={row.productKey && shownProductKey(row.productKey, masked)} />
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
          <Missing />
        )}
      </Table.Td>
      <ValueCell value={row.modelName} />
      <ValueCell value={row.manufacturer} />
      <Table.Td>
        {row.profile === null ? (
          <Text size="sm" className={classes.muted}>
            {t('table.noProfile')}
          </Text>
        ) : (
          <TruncatedText value={row.profile} />
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" component="div">
          <DateWithAge date={row.uploaded} now={now} />
        </Text>
      </Table.Td>
      <ValueCell value={row.uploadedBy && shownUploader(row.uploadedBy, masked)} />
    </Table.Tr>
  );
});
