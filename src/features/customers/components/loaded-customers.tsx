import { Button, Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import type { CustomerSummary } from '../customer-summary';
import { useCustomerMemory } from '../memory/use-customer-memory';
import { CustomerList } from './customer-list';
import { ResultRow } from './result-row';
import { ResultsStatus } from './results-status';

interface LoadedCustomersProps {
  readonly customers: readonly CustomerSummary[];
  readonly search: string;
  readonly label: string;
  /** A newer search is loading: these are the previous results. */
  readonly pending: boolean;
  /** Loading more (or refreshing) failed; what is loaded stays on screen. */
  readonly error: unknown;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onRetry: () => void;
  readonly onOpen?: (() => void) | undefined;
}

/** The customers loaded so far, how many that is, and a button for the next page. */
export function LoadedCustomers({
  customers,
  search,
  label,
  pending,
  error,
  hasMore,
  loadingMore,
  onLoadMore,
  onRetry,
  onOpen,
}: LoadedCustomersProps) {
  const { t } = useTranslation('customers');
  const memory = useCustomerMemory();
  return (
    <>
      <ResultsStatus count={customers.length} search={search} hasMore={hasMore} pending={pending} />
      <CustomerList label={label} stale={pending}>
        {customers.map((customer) => (
          <ResultRow
            key={customer.id}
            customer={customer}
            pinned={memory.isFavourite(customer.id)}
            onTogglePin={memory.toggleFavourite}
            onOpen={onOpen}
          />
        ))}
      </CustomerList>
      {error !== null && (
        <ApiErrorPanel error={error} title={t('list.moreFailedTitle')} onRetry={onRetry} />
      )}
      {hasMore && !pending && error === null && (
        <Group>
          {/* Not disabled while loading, so keyboard focus stays on it for the next page. */}
          <Button
            variant="default"
            rightSection={loadingMore ? <Loader size="xs" aria-hidden /> : null}
            aria-busy={loadingMore}
            onClick={() => {
              if (!loadingMore) onLoadMore();
            }}
          >
            {t('list.loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
