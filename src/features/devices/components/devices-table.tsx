import { Box, Table } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { usePrintMedia } from '@/lib/print/use-print-media';
import type { DeviceRow } from '../device-row';
import type { DevicesSort, SortColumn } from '../devices-view-params';
import { DevicePrintRow } from './device-print-row';
import { DeviceTableRow } from './device-table-row';
import {
  DevicesTableColumns,
  DevicesTableHead,
  useDevicesTableHeadings,
} from './devices-table-head';
import { useDeviceColumnWidths } from './use-device-column-widths';
import classes from './devices.module.css';

interface DevicesTableProps {
  readonly rows: readonly DeviceRow[];
  readonly sort: DevicesSort | null;
  readonly onSort: (column: SortColumn) => void;
  readonly onShowHash: (row: DeviceRow) => void;
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
  const widths = useDeviceColumnWidths({
    rows,
    masked: presenting,
    headings,
    measureHost,
    available: width,
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
            ? { '--devices-table-min-width': `${String(sum(screenWidths))}px` }
            : undefined
        }
        aria-rowcount={rows.length + 1}
      >
        <DevicesTableColumns widths={screenWidths} />
        <DevicesTableHead headings={headings} sort={sort} onSort={onSort} />
        <Table.Tbody>
          {printing ? (
            rows.map((row, index) => (
              <DevicePrintRow key={index} row={row} index={index} masked={presenting} />
            ))
          ) : (
            <>
              {paddingTop > 0 && <SpacerRow height={paddingTop} />}
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
                  />
                ) : null;
              })}
              {paddingBottom > 0 && <SpacerRow height={paddingBottom} />}
            </>
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
});

function SpacerRow({ height }: { readonly height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
