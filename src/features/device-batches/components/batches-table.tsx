import { Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateWithAge } from '@/components/data-display/date-with-age';
import { MissingValue } from '@/components/data-display/missing-value';
import { SortableHeader } from '@/components/data-display/sortable-header';
import { BatchStatusBadge } from '@/components/status/batch-status-badge';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { readPartnerCenterDate } from '@/lib/partner-center/read-partner-center-date';
import type { BatchSort, SortColumn } from '../batch-list-view';
import { checkDevicesLink } from '../devices-link';
import { DevicesCountCell } from './devices-count-cell';

interface BatchesTableProps {
  readonly customerId: string;
  readonly batches: readonly DeviceBatch[];
  readonly sort: BatchSort;
  readonly onSort: (column: SortColumn) => void;
  /** The API client's base, against which each `devicesLink` is checked. */
  readonly apiBase: string;
  /** One moment for every "3 days ago" in the table. */
  readonly now: Date;
  readonly onPrefetchDevices?: ((batch: DeviceBatch) => void) | undefined;
}

const columns: readonly SortColumn[] = ['name', 'status', 'created', 'devices', 'createdBy'];

/**
 * A customer's batches, one row each; every column sorts. Names are text, exactly as sent; a value
 * Partner Center did not give says so in words. A row's one Tab stop is its devices link.
 */
export function BatchesTable({
  customerId,
  batches,
  sort,
  onSort,
  apiBase,
  now,
  onPrefetchDevices,
}: BatchesTableProps) {
  const { t } = useTranslation('deviceBatches');
  return (
    <Table.ScrollContainer minWidth="40rem" type="native">
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <SortableHeader
                key={column}
                column={column}
                label={t(`table.${column}`)}
                direction={sort.column === column ? sort.direction : null}
                onSort={onSort}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((batch) => (
            <Table.Tr key={batch.id}>
              <Table.Td>
                <Text span size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {batch.id}
                </Text>
              </Table.Td>
              <Table.Td>
                {/* Never squeezed into "Finish…" by a long name: the whole label stays readable. */}
                <Box w="max-content">
                  <BatchStatusBadge status={batch.status} />
                </Box>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateWithAge date={readPartnerCenterDate(batch.creationDate)} now={now} />
              </Table.Td>
              <Table.Td>
                <DevicesCountCell
                  customerId={customerId}
                  batch={batch}
                  link={checkDevicesLink(batch.devicesLink, apiBase)}
                  onPrefetch={onPrefetchDevices}
                />
              </Table.Td>
              <Table.Td>{batch.createdBy?.trim() ? batch.createdBy : <MissingValue />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
