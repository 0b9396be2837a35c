import '../styles/mantine-device-batches.css';
import { Group, Stack } from '@mantine/core';
import { noop, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';
import { DeviceBatchesView } from '@/features/device-batches/components/device-batches-view';
import { RecentUploads } from '@/features/device-uploads/components/recent-uploads';
import { RegisterDevicesButton } from '@/features/device-uploads/components/register-devices-button';
import { devicesFirstPageQueryOptions } from '@/features/devices/api/get-devices-first-page';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { usePartnerRole } from '@/lib/auth/use-partner-role';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import { loadDevicesPage } from './load-devices-page';

/**
 * `/customers/{id}/device-batches`. The customer layout around it names the customer and checks
 * the id; this page works without it too. It joins the features: the way to register devices
 * and this account's recent uploads above the batches, and hovering or focusing a
 * batch's devices link warms the devices page's first page, with the devices page's own options.
 */
export function DeviceBatchesPage() {
  const { t } = useTranslation('deviceBatches');
  const { customerId = '' } = useParams();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const role = usePartnerRole();
  const accountId = useAuthStatus().account?.id;

  // A prefetch only warms the caches: a failure is the devices page's to show, if it is opened.
  const prefetchDevices = (batch: DeviceBatch) => {
    loadDevicesPage().catch(noop);
    queryClient
      .query(devicesFirstPageQueryOptions(client, customerId, batch.id, batch.devicesLink))
      .catch(noop);
  };

  return (
    <Stack component="section" aria-label={t('page.title')} gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <PageTitle>{t('page.title')}</PageTitle>
        <RegisterDevicesButton customerId={customerId} role={role} />
      </Group>
      <RecentUploads customerId={customerId} accountId={accountId} />
      <DeviceBatchesView customerId={customerId} onPrefetchDevices={prefetchDevices} />
    </Stack>
  );
}
