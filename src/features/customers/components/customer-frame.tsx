import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { customerQueryOptions } from '../api/get-customer';
import { toCustomerSummary } from '../customer-summary';
import { useRememberOpenedCustomer } from '../memory/use-customer-memory';
import { CustomerHeader } from './customer-header';
import { CustomerUnavailable, isCustomerUnavailable } from './customer-unavailable';

interface CustomerFrameProps {
  /** A tenant id already checked to be a GUID. */
  readonly customerId: string;
  /** The customer's page, rendered at once so its own data loads alongside the customer's. */
  readonly children: ReactNode;
}

/**
 * Every customer page: the customer header above the page. The customer is fetched while the
 * page fetches its own data, never before it. A customer Partner Center does not know, or will
 * not show, replaces the page; any other failure of the header leaves the page alone.
 */
export function CustomerFrame({ customerId, children }: CustomerFrameProps) {
  const { t } = useTranslation('customers');
  const { data, error, refetch } = useQuery(customerQueryOptions(useApiClient(), customerId));
  const customer = data ? toCustomerSummary(data) : undefined;
  useRememberOpenedCustomer(customer);

  if (!data && isCustomerUnavailable(error)) return <CustomerUnavailable error={error} />;
  return (
    <Stack gap="lg">
      <CustomerHeader customerId={customerId} customer={customer} />
      {!data && error && (
        <ApiErrorPanel
          error={error}
          title={t('header.loadFailedTitle')}
          onRetry={() => void refetch()}
        />
      )}
      {children}
    </Stack>
  );
}
