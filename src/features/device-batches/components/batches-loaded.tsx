import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataAsOf } from '@/components/data-display/data-as-of';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { applicableStatuses, filterBatches } from '../filter-batches';
import { sortBatches } from '../sort-batches';
import { summariseBatches } from '../summarise-batches';
import { useBatchListView } from '../use-batch-list-view';
import { BatchSummaryPanel } from './batch-summary-panel';
import { BatchesEmpty, NoBatchesMatch } from './batches-empty';
import { BatchesTable } from './batches-table';
import { BatchesToolbar } from './batches-toolbar';
import { FreshnessBar, type FreshnessBarProps } from './freshness-bar';
import { RefreshFailedNotice } from './refresh-failed-notice';

interface BatchesLoadedProps {
  readonly customerId: string;
  readonly batches: readonly DeviceBatch[];
  readonly freshness: FreshnessBarProps;
  /** A background refresh that failed; the batches shown are from the last one that worked. */
  readonly refreshError: unknown;
  readonly onPrefetchDevices?: ((batch: DeviceBatch) => void) | undefined;
}

/**
 * The batches once loaded: freshness, summary, search and the table, arranged as the URL says.
 * Printed: the moment the data is from, the summary's totals and the table with every batch shown.
 */
export function BatchesLoaded({
  customerId,
  batches,
  freshness,
  refreshError,
  onPrefetchDevices,
}: BatchesLoadedProps) {
  const { t, i18n } = useTranslation('deviceBatches');
  const { apiBase } = useApiClient();
  const { view, sortBy, toggleStatus, search, clearFilters } = useBatchListView();
  const summary = summariseBatches(batches);
  const statuses = applicableStatuses(view.statuses, summary);
  const shown = sortBatches(filterBatches(batches, statuses, view.query), view.sort, i18n.language);

  return (
    <Stack gap="md">
      <FreshnessBar {...freshness} />
      <DataAsOf updatedAt={freshness.updatedAt} label={(time) => t('print.dataAsOf', { time })} />
      {refreshError !== null && (
        <RefreshFailedNotice error={refreshError} onRetry={freshness.onRefresh} />
      )}
      {batches.length === 0 ? (
        <BatchesEmpty />
      ) : (
        <>
          <BatchSummaryPanel
            summary={summary}
            activeStatuses={statuses}
            onToggleStatus={toggleStatus}
          />
          <BatchesToolbar
            query={view.query}
            onSearch={search}
            shown={shown.length}
            total={batches.length}
            isFiltered={statuses.length > 0 || view.query.trim() !== ''}
            onShowAll={clearFilters}
          />
          {shown.length === 0 ? (
            <NoBatchesMatch />
          ) : (
            <BatchesTable
              customerId={customerId}
              batches={shown}
              sort={view.sort}
              onSort={sortBy}
              apiBase={apiBase}
              now={freshness.now}
              onPrefetchDevices={onPrefetchDevices}
            />
          )}
        </>
      )}
    </Stack>
  );
}
