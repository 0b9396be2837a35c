import { Stack, Title } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { customersQueryOptions, type CustomersPage } from '../api/get-customers';
import { toCustomerSummary, uniqueCustomers } from '../customer-summary';
import { EmptyResults } from './empty-results';
import { LoadedCustomers } from './loaded-customers';
import { isNoPartnerCenterRole, NoPartnerCenterRole } from './no-partner-center-role';
import { ResultsSkeleton } from './results-skeleton';

const allLoadedCustomers = (data: InfiniteData<CustomersPage>) =>
  uniqueCustomers(data.pages.flatMap((page) => page.customers)).map(toCustomerSummary);

interface CustomerResultsProps {
  /** Trimmed search text; '' lists every customer. */
  readonly search: string;
  readonly onOpen?: (() => void) | undefined;
  readonly onClearSearch: () => void;
}

/**
 * The customers matching a search, or all of them, page by page through Partner Center's
 * continuation paging. While a newer search loads, the previous results stay, dimmed; a slower
 * answer to an older search never replaces them, since each search is its own query.
 */
export function CustomerResults({ search, onOpen, onClearSearch }: CustomerResultsProps) {
  const { t } = useTranslation('customers');
  const headingId = useId();
  const query = useInfiniteQuery({
    ...customersQueryOptions(useApiClient(), search),
    select: allLoadedCustomers,
    placeholderData: keepPreviousData,
  });
  const { data, error, isPlaceholderData, refetch } = query;
  const heading = search === '' ? t('list.allHeading') : t('list.resultsHeading');

  let body;
  if (data && data.length === 0 && !isPlaceholderData) {
    body = <EmptyResults search={search} onClearSearch={onClearSearch} />;
  } else if (data) {
    body = (
      <LoadedCustomers
        customers={data}
        search={search}
        label={heading}
        pending={isPlaceholderData}
        error={error}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        onRetry={() => void (query.isFetchNextPageError ? query.fetchNextPage() : refetch())}
        onOpen={onOpen}
      />
    );
  } else if (isNoPartnerCenterRole(error)) {
    body = <NoPartnerCenterRole error={error} />;
  } else if (error) {
    body = (
      <ApiErrorPanel
        error={error}
        title={t('list.loadFailedTitle')}
        onRetry={() => void refetch()}
      />
    );
  } else {
    body = <ResultsSkeleton />;
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} size="h4" id={headingId}>
        {heading}
      </Title>
      {body}
    </Stack>
  );
}
