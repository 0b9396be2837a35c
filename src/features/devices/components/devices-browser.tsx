import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import type { Device } from '@/lib/partner-center/device-schema';
import { toDeviceRow, type DeviceRow } from '../device-row';
import { createDeviceSelection } from '../device-selection';
import { isNarrowed, nextSort, type SortColumn } from '../devices-view-params';
import { filterChoices, filterDevices } from '../filter-devices';
import type { SelectionActions } from '../selection-actions';
import { sortDevices } from '../sort-devices';
import { useDevicesViewParams } from '../use-devices-view-params';
import { useFormatNumber } from '../use-format-number';
import { useSearchDraft } from '../use-search-draft';
import { DeviceSelectionBar } from './device-selection-bar';
import { DevicesFilters } from './devices-filters';
import { DevicesTable } from './devices-table';
import { ExportCsvButton } from './export-csv-button';
import { HardwareHashModal } from './hardware-hash-modal';
import classes from './devices.module.css';

interface DevicesBrowserProps {
  readonly batchId: string;
  readonly devices: readonly Device[];
  /** More pages are on their way: exporting now would miss devices. */
  readonly loading: boolean;
  /** What may be done with ticked devices; without it the table has no checkboxes. */
  readonly selectionActions?: SelectionActions | undefined;
}

/**
 * The loaded devices with search, filters and sort from the URL, the table, and the export; with
 * `selectionActions`, checkboxes and a selection bar too. Printed, the count shown and the table:
 * the controls stay on screen.
 *
 * What is ticked is always among what the table shows: a new search or filter, or a refresh that
 * no longer lists a device, unticks the devices it hides, so an action never reaches a device the
 * reader cannot see.
 */
export function DevicesBrowser({
  batchId,
  devices,
  loading,
  selectionActions,
}: DevicesBrowserProps) {
  const { t, i18n } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  const [params, update] = useDevicesViewParams();
  const [hashShown, setHashShown] = useState<DeviceRow | null>(null);
  const search = useSearchDraft(params.search, (text) => {
    update({ search: text });
  });
  const rows = useMemo(() => devices.map(toDeviceRow), [devices]);
  const choices = useMemo(() => filterChoices(rows, i18n.language), [rows, i18n.language]);
  const shown = useMemo(
    () => sortDevices(filterDevices(rows, params), params.sort, i18n.language),
    [rows, params, i18n.language],
  );

  const [selection] = useState(createDeviceSelection);
  useEffect(() => {
    if (selection.size() > 0) selection.keepOnly(new Set(shown.map((row) => row.id)));
  }, [selection, shown]);

  const sortBy = useCallback(
    (column: SortColumn) => {
      update({ sort: nextSort(params.sort, column) });
    },
    [params.sort, update],
  );

  return (
    <Stack gap="sm">
      <DevicesFilters
        params={params}
        choices={choices}
        onChange={update}
        searchText={search.text}
        onSearchTextChange={search.change}
      />
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Text size="sm" className={classes.muted}>
            {t('filters.showing', {
              shown: formatNumber(shown.length),
              total: formatNumber(rows.length),
            })}
          </Text>
          {isNarrowed(params) && (
            <Button
              variant="subtle"
              size="compact-sm"
              className={print.screenOnly}
              onClick={() => {
                search.clear();
                update({ search: '', model: null, manufacturer: null, profile: null });
              }}
            >
              {t('filters.clear')}
            </Button>
          )}
        </Group>
        <ExportCsvButton rows={shown} batchId={batchId} disabled={loading} />
      </Group>
      {selectionActions && (
        <DeviceSelectionBar selection={selection} rows={shown} actions={selectionActions} />
      )}
      {shown.length === 0 ? (
        <Text className={classes.muted} py="md">
          {rows.length === 0 ? t('table.noDevices') : t('table.noMatches')}
        </Text>
      ) : (
        <DevicesTable
          rows={shown}
          sort={params.sort}
          onSort={sortBy}
          onShowHash={setHashShown}
          selection={selectionActions ? selection : undefined}
        />
      )}
      <HardwareHashModal
        device={
          hashShown?.hardwareHash
            ? { name: hashShown.serialNumber ?? hashShown.id, hash: hashShown.hardwareHash }
            : null
        }
        onClose={() => {
          setHashShown(null);
        }}
      />
    </Stack>
  );
}
