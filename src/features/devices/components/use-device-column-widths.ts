import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fitColumnWidths } from '@/components/data-display/fit-column-widths';
import { columnTexts, type DeviceColumn } from '../device-column-texts';
import type { DeviceRow } from '../device-row';
import { measureDeviceColumns } from './measure-device-columns';

interface ColumnWidthsInput {
  readonly rows: readonly DeviceRow[];
  readonly masked: boolean;
  /** Each column's heading, as shown; the same object while the language stays. */
  readonly headings: Record<DeviceColumn, string>;
  /** An out-of-sight element with the cells' font, to measure texts in; null until mounted. */
  readonly measureHost: HTMLElement | null;
  /** The width the table has, in pixels; 0 while unknown. */
  readonly available: number;
}

/**
 * The devices table's column widths in pixels: each column as wide as its widest value and
 * heading, so nothing ends in "…" while the table has room; once it has not, only the widest
 * columns give up room (see `fitColumnWidths`). Measured over every row, not only those in view,
 * so the columns do not jump as the virtualised rows scroll by. Null until the host is mounted.
 *
 * Measured while rendering, from the host the previous render mounted: the texts' widths do not
 * depend on what this render changes, and an effect that measured and set state would render
 * the table twice for every page of devices that streams in.
 */
export function useDeviceColumnWidths({
  rows,
  masked,
  headings,
  measureHost,
  available,
}: ColumnWidthsInput): number[] | null {
  const { t, i18n } = useTranslation('devices');
  const { t: tCommon } = useTranslation();
  const notGiven = tCommon('value.notGiven');
  const notSet = tCommon('value.notSet');
  const noProfile = t('table.noProfile');
  const texts = useMemo(
    () => columnTexts(rows, masked, { notGiven, notSet, noProfile }, i18n.language),
    [rows, masked, notGiven, notSet, noProfile, i18n.language],
  );
  const spaces = useMemo(
    () => (measureHost ? measureDeviceColumns(measureHost, texts, headings) : null),
    [measureHost, texts, headings],
  );
  return useMemo(() => (spaces ? fitColumnWidths(spaces, available) : null), [spaces, available]);
}
