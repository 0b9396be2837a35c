// The tracker's progress bar, its tables and breadcrumbs, beyond the frame (mantine-shell.css).
import '@mantine/core/styles/Progress.layer.css';
import '@mantine/core/styles/Table.layer.css';
import '@mantine/core/styles/Breadcrumbs.layer.css';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { readChangeAddress } from '@/features/device-changes/changes/change-address';
import { DeviceChangeTracker } from '@/features/device-changes/components/device-change-tracker';
import { policiesQueryOptions } from '@/features/profiles/api/get-policies';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { UploadBreadcrumbs } from './upload-breadcrumbs';

/**
 * `/customers/{id}/device-changes/{changeId}?kind=…&batch=…`: the tracker of a change to registered
 * devices (a profile assigned, devices deregistered). Joins the features: the customer's name, and
 * for an assignment the customer's profiles, to name the profile.
 */
export function DeviceChangePage() {
  const { t } = useTranslation('deviceChanges');
  const { customerId = '', changeId = '' } = useParams();
  const [search] = useSearchParams();
  const address = readChangeAddress(changeId, search);
  const client = useApiClient();
  const accountId = useAuthStatus().account?.id;
  const customer = useQuery(customerQueryOptions(client, customerId));
  const policies = useQuery({
    ...policiesQueryOptions(client, customerId),
    enabled: address.kind === 'assign',
  });

  return (
    <Stack component="section" aria-label={t('tracker.breadcrumb')} gap="md">
      <UploadBreadcrumbs customerId={customerId} current={t('tracker.breadcrumb')} />
      <DeviceChangeTracker
        key={changeId}
        customerId={customerId}
        changeId={changeId}
        address={address}
        accountId={accountId}
        customerName={customer.data?.companyProfile.companyName}
        profiles={policies.data?.items}
      />
    </Stack>
  );
}
