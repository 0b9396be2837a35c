import '../styles/mantine-devices.css';
import { Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { deviceBatchesQueryOptions } from '@/features/device-batches/api/get-device-batches';
import { RegisterDevicesButton } from '@/features/device-uploads/components/register-devices-button';
import { BatchDevices } from '@/features/devices/components/batch-devices';
import { BatchNotFound } from '@/features/devices/components/batch-not-found';
import { DevicesBreadcrumbs } from '@/features/devices/components/devices-breadcrumbs';
import { DevicesHeading } from '@/features/devices/components/devices-heading';
import { findBatch } from '@/features/devices/find-batch';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { usePartnerRole } from '@/lib/auth/use-partner-role';
import { LoadingStatus } from '@/components/status/loading-status';

/**
 * `/customers/{id}/device-batches/{batchId}/devices`. Finds the batch in the customer's batch
 * list (its status, devicesCount and devicesLink), then hands it to the devices feature.
 */
export function DevicesPage() {
  const { t } = useTranslation('devices');
  const { customerId = '', batchId = '' } = useParams();
  const batches = useQuery(deviceBatchesQueryOptions(useApiClient(), customerId));
  const role = usePartnerRole();
  const batch = findBatch(batches.data?.items, batchId);
  const listSaysNotFound =
    isPartnerCenterError(batches.error, 'http') && batches.error.status === 404;

  let content;
  if (batch) {
    content = <BatchDevices key={batch.id} customerId={customerId} batch={batch} />;
  } else if (listSaysNotFound) {
    content = <BatchNotFound customerId={customerId} batchId={batchId} error={batches.error} />;
  } else if (batches.data) {
    content = <BatchNotFound customerId={customerId} batchId={batchId} />;
  } else if (batches.error) {
    content = <ApiErrorPanel error={batches.error} onRetry={() => void batches.refetch()} />;
  } else {
    content = <LoadingStatus label={t('page.loadingBatch')} />;
  }

  return (
    <Stack gap="md">
      <DevicesBreadcrumbs customerId={customerId} batchId={batch?.id ?? batchId} />
      <Group justify="space-between" align="flex-start" gap="sm">
        <DevicesHeading batchId={batch?.id ?? batchId} batch={batch} />
        {batch && <RegisterDevicesButton customerId={customerId} role={role} batchId={batch.id} />}
      </Group>
      {content}
    </Stack>
  );
}
