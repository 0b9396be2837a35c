import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatExactTime } from '@/lib/format/format-relative-time';
import type { PartnerCenterDate } from '@/lib/partner-center/read-partner-center-date';
import type { DeviceRow } from '../device-row';
import { shownHardwareHash, shownProductKey, shownUploader } from '../shown-secrets';
import classes from './devices.module.css';

interface DevicePrintRowProps {
  readonly row: DeviceRow;
  readonly index: number;
  /** Presenter mode: product keys and hardware hashes are masked, on paper too. */
  readonly masked: boolean;
}

/**
 * One device on paper: the values the screen row shows, as plain cells. Nothing to hover, copy or
 * open, so a printout of 10,000 devices renders in a moment rather than as 10,000 rich rows.
 */
export const DevicePrintRow = memo(function DevicePrintRow({
  row,
  index,
  masked,
}: DevicePrintRowProps) {
  const { t, i18n } = useTranslation('devices');
  const { t: tCommon } = useTranslation();
  const notGiven = tCommon('value.notGiven');
  const cell = (value: string | null | undefined, missing = notGiven) =>
    value ? <td>{value}</td> : <td className={classes.muted}>{missing}</td>;
  // Paper keeps: the exact time rather than "3 years ago".
  const uploaded = (date: PartnerCenterDate) => {
    if (date.kind === 'date') return cell(formatExactTime(date.date, i18n.language));
    if (date.kind === 'unreadable') return cell(date.text);
    return cell(undefined, date.kind === 'not-set' ? tCommon('value.notSet') : notGiven);
  };
  return (
    <tr className={classes.printRow} data-index={index} aria-rowindex={index + 2}>
      {cell(row.serialNumber)}
      {cell(row.productKey && shownProductKey(row.productKey, masked))}
      {cell(row.hardwareHash && shownHardwareHash(row.hardwareHash, masked))}
      {cell(row.modelName)}
      {cell(row.manufacturer)}
      {cell(row.profile, t('table.noProfile'))}
      {uploaded(row.uploaded)}
      {cell(row.uploadedBy && shownUploader(row.uploadedBy, masked))}
    </tr>
  );
});
