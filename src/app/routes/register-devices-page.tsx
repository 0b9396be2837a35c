import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { deviceBatchesQueryOptions } from '@/features/device-batches/api/get-device-batches';
import { RegisterDevicesView } from '@/features/device-uploads/components/register-devices-view';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { usePartnerRole } from '@/lib/auth/use-partner-role';
import { UploadBreadcrumbs } from './upload-breadcrumbs';
import { useKnownDevicesCheck } from './use-known-devices-check';

/**
 * `/customers/{id}/device-batches/new`: register devices from an Autopilot CSV. Joins the
 * features: the customer's name and batches, and every device already registered, for the
 * device uploads feature to check the file against.
 */
export function RegisterDevicesPage() {
  const { t } = useTranslation('deviceUploads');
  const { customerId = '' } = useParams();
  const [search] = useSearchParams();
  const client = useApiClient();
  const customer = useQuery(customerQueryOptions(client, customerId));
  const batches = useQuery(deviceBatchesQueryOptions(client, customerId));
  const knownDevices = useKnownDevicesCheck(customerId);
  const role = usePartnerRole();
  const accountId = useAuthStatus().account?.id;
  const customerName = customer.data?.companyProfile.companyName ?? customerId;

  return (
    <Stack component="section" aria-label={t('page.title')} gap="md">
      <UploadBreadcrumbs customerId={customerId} current={t('page.breadcrumb')} />
      <PageTitle context={customer.data?.companyProfile.companyName}>{t('page.title')}</PageTitle>
      <RegisterDevicesView
        customerId={customerId}
        customerName={customerName}
        existingNames={batches.data?.items.map((batch) => batch.id)}
        batchesFailure={
          batches.isError && !batches.data
            ? { error: batches.error, retry: () => void batches.refetch() }
            : undefined
        }
        knownDevices={knownDevices}
        role={role}
        accountId={accountId}
        presetBatchId={search.get('batch') ?? undefined}
      />
    </Stack>
  );
}
