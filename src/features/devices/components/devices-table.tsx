import { Box, Table } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { usePrintMedia } from '@/lib/print/use-print-media';
import type { DeviceRow } from '../device-row';
import type { DeviceSelection } from '../device-selection';
import type { DevicesSort, SortColumn } from '../devices-view-params';
import { DevicePrintRow } from './device-print-row';
import { DeviceTableRow } from './device-table-row';
import {
  DevicesTableColumns,
  DevicesTableHead,
  selectionColumnWidth,
  useDevicesTableHeadings,
} from './devices-table-head';
import { SelectAllHeader } from './select-all-header';
import { useDeviceColumnWidths } from './use-device-column-widths';
import classes from './devices.module.css';

interface DevicesTableProps {
  readonly rows: readonly DeviceRow[];
  readonly sort: DevicesSort | null;
  readonly onSort: (column: SortColumn) => void;
  readonly onShowHash: (row: DeviceRow) => void;
  /**
   * The ticked devices, when the reader may act on them: a checkbox column comes first, on screen
   * only (paper lists the devices, with nothing to tick). Undefined: no selection.
   */
  readonly selection?: DeviceSelection | undefined;
}

/** A first guess of a row's height in pixels (a date takes two lines); each row is then measured. */
const estimatedRowHeight = 57;
const columnCount = 8;

/**
 * The devices, virtualised: only the rows in view (plus a few either side) are in the DOM, so
 * 10,000 devices scroll as smoothly as ten. Spacer rows above and below keep the scroll height,
 * and `aria-rowcount`/`aria-rowindex` tell assistive technology where each row sits. Memoised, so
 * typing in the search box does not render the table until the search is applied. Columns are as
 * wide as their content while there is room (see `useDeviceColumnWidths`).
 *
 * Printed, every row is rendered, as plain cells, and the box grows to hold them, so the printout
 * lists every device shown; when printing ends, the table is virtualised again.
 */
export const DevicesTable = memo(function DevicesTable({
  rows,
  sort,
  onSort,
  onShowHash,
  selection,
}: DevicesTableProps) {
  const { t } = useTranslation('devices');
  const { active: presenting } = usePresenterMode();
  const printing = usePrintMedia();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const scrollerRef = useMergedRef(scrollRef, sizeRef);
  const [measureHost, setMeasureHost] = useState<HTMLDivElement | null>(null);
  const [now] = useState(() => new Date());
  const headings = useDevicesTableHeadings();
  const shownSelection = printing ? undefined : selection;
  const widths = useDeviceColumnWidths({
    rows,
    masked: presenting,
    headings,
    measureHost,
    // The checkbox column takes its few pixels first; the measured columns share the rest.
    available: Math.max(0, width - (shownSelection ? selectionColumnWidth : 0)),
  });
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is built for this; no compiler here.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 10,
    enabled: !printing,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  // On paper the page decides the widths (see devices.module.css); on screen the content does.
  const screenWidths = printing ? null : widths;
  const columns = columnCount + (shownSelection ? 1 : 0);

  return (
    <Box
      ref={scrollerRef}
      className={classes.scroller}
      tabIndex={0}
      role="region"
      aria-label={t('table.label')}
    >
      {/* Out of sight, with the cells' font: where the columns' texts are measured. */}
      <div ref={setMeasureHost} className={classes.measure} aria-hidden />
      <Table
        stickyHeader={!printing}
        layout="fixed"
        className={classes.table}
        style={
          screenWidths
            ? {
                '--devices-table-min-width': `${String(
                  sum(screenWidths) + (shownSelection ? selectionColumnWidth : 0),
                )}px`,
              }
            : undefined
        }
        aria-rowcount={rows.length + 1}
      >
        <DevicesTableColumns widths={screenWidths} selectable={shownSelection !== undefined} />
        <DevicesTableHead
          headings={headings}
          sort={sort}
          onSort={onSort}
          selectAll={
            shownSelection ? <SelectAllHeader selection={shownSelection} rows={rows} /> : null
          }
        />
        <Table.Tbody>
          {printing ? (
            rows.map((row, index) => (
              <DevicePrintRow key={index} row={row} index={index} masked={presenting} />
            ))
          ) : (
            <>
              {paddingTop > 0 && <SpacerRow height={paddingTop} columns={columns} />}
              {items.map((item) => {
                const row = rows[item.index];
                return row ? (
                  <DeviceTableRow
                    key={item.key}
                    row={row}
                    index={item.index}
                    measureRef={virtualizer.measureElement}
                    now={now}
                    masked={presenting}
                    onShowHash={onShowHash}
                    selection={shownSelection}
                  />
                ) : null;
              })}
              {paddingBottom > 0 && <SpacerRow height={paddingBottom} columns={columns} />}
            </>
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
});

function SpacerRow({ height, columns }: { readonly height: number; readonly columns: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
