import './profile-pages.css';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { PageTitle } from '@/components/layout/page-title';
import { LoadingStatus } from '@/components/status/loading-status';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { policiesQueryOptions } from '@/features/profiles/api/get-policies';
import { ProfileDevicesBreadcrumbs } from '@/features/profiles/components/profile-devices-breadcrumbs';
import { ProfileDevicesView } from '@/features/profiles/components/profile-devices-view';
import { ProfileNotFound } from '@/features/profiles/components/profile-not-found';
import { useProfileLabel } from '@/features/profiles/components/use-profile-label';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { useProfileDevices } from './profile-devices-query';

/**
 * `/customers/{id}/profiles/{policyId}/devices`: every device of the customer, across its
 * batches, that uses one Autopilot profile. Joins the profiles feature (the profile, found in the
 * customer's list), the batches and devices features (every batch's devices, loaded as the devices
 * page loads them) and the customer's name for the browser tab.
 */
export function ProfileDevicesPage() {
  const { t } = useTranslation('profiles');
  const { customerId = '', policyId = '' } = useParams();
  const client = useApiClient();
  const label = useProfileLabel();
  const customer = useQuery(customerQueryOptions(client, customerId));
  const policies = useQuery(policiesQueryOptions(client, customerId));
  const policy = policies.data?.items.find(
    (candidate) => candidate.id.toLowerCase() === policyId.toLowerCase(),
  );
  const { batches, load } = useProfileDevices(customerId, policy);
  const title = policy ? t('devices.title', { name: label(policy) }) : t('devices.documentTitle');

  let content;
  if (policies.isError && !policies.data) {
    content = (
      <ApiErrorPanel
        error={policies.error}
        title={t('page.loadFailedTitle')}
        onRetry={() => void policies.refetch()}
      />
    );
  } else if (!policies.data) {
    content = <LoadingStatus label={t('devices.loadingProfile')} />;
  } else if (!policy) {
    content = <ProfileNotFound customerId={customerId} policyId={policyId} />;
  } else if (batches.status === 'error') {
    content = (
      <ApiErrorPanel
        error={batches.error}
        title={t('devices.batchesFailedTitle')}
        onRetry={batches.retry}
      />
    );
  } else if (batches.status === 'pending') {
    content = <LoadingStatus label={t('devices.loadingBatches')} />;
  } else {
    content = (
      <ProfileDevicesView
        customerId={customerId}
        policy={policy}
        policies={policies.data.items}
        load={load}
      />
    );
  }

  return (
    <Stack component="section" aria-label={title} gap="md">
      <ProfileDevicesBreadcrumbs customerId={customerId} current={title} />
      <PageTitle context={customer.data?.companyProfile.companyName}>{title}</PageTitle>
      {content}
    </Stack>
  );
}
