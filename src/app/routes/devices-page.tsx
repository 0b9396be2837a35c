import '../styles/mantine-devices.css';
// Beyond mantine-devices.css: the device actions' checkboxes, presenter switch and profile choice.
import '@mantine/core/styles/Checkbox.layer.css';
import '@mantine/core/styles/Switch.layer.css';
import '@mantine/core/styles/Radio.layer.css';
import { Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { deviceBatchesQueryOptions } from '@/features/device-batches/api/get-device-batches';
import { DeviceActionsNeedRole } from '@/features/device-changes/components/device-actions-need-role';
import { DeviceChangeActions } from '@/features/device-changes/components/device-change-actions';
import { RegisterDevicesButton } from '@/features/device-uploads/components/register-devices-button';
import { BatchDevices } from '@/features/devices/components/batch-devices';
import { BatchNotFound } from '@/features/devices/components/batch-not-found';
import { DevicesBreadcrumbs } from '@/features/devices/components/devices-breadcrumbs';
import { DevicesHeading } from '@/features/devices/components/devices-heading';
import { findBatch } from '@/features/devices/find-batch';
import type { SelectionActions } from '@/features/devices/selection-actions';
import { policiesQueryOptions } from '@/features/profiles/api/get-policies';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { usePartnerRole } from '@/lib/auth/use-partner-role';
import { LoadingStatus } from '@/components/status/loading-status';

/**
 * `/customers/{id}/device-batches/{batchId}/devices`. Finds the batch in the customer's batch
 * list (its status, devicesCount and devicesLink), then hands it to the devices feature, with the
 * device changes feature's actions for the ticked devices (assign a profile, deregister) when the
 * account may use them, and the customer's profiles for the first, loaded once asked for.
 */
export function DevicesPage() {
  const { t } = useTranslation('devices');
  const { customerId = '', batchId = '' } = useParams();
  const client = useApiClient();
  const batches = useQuery(deviceBatchesQueryOptions(client, customerId));
  const role = usePartnerRole();
  const accountId = useAuthStatus().account?.id;
  const customer = useQuery(customerQueryOptions(client, customerId));
  const [profilesWanted, setProfilesWanted] = useState(false);
  const policies = useQuery({
    ...policiesQueryOptions(client, customerId),
    enabled: profilesWanted,
  });
  const batch = findBatch(batches.data?.items, batchId);
  const mayChange = role !== 'not-admin-agent';
  const selectionActions: SelectionActions | undefined =
    batch && mayChange
      ? {
          render: (selected, clear) => (
            <DeviceChangeActions
              customerId={customerId}
              customerName={customer.data?.companyProfile.companyName ?? customerId}
              batchId={batch.id}
              devices={selected}
              onChangeStarted={clear}
              profiles={{
                profiles: policies.data?.items,
                error: policies.error,
                retry: () => void policies.refetch(),
              }}
              onProfilesWanted={() => {
                setProfilesWanted(true);
              }}
              role={role}
              accountId={accountId}
            />
          ),
        }
      : undefined;
  const listSaysNotFound =
    isPartnerCenterError(batches.error, 'http') && batches.error.status === 404;

  let content;
  if (batch) {
    content = (
      <BatchDevices
        key={batch.id}
        customerId={customerId}
        batch={batch}
        selectionActions={selectionActions}
      />
    );
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
      {batch && !mayChange && <DeviceActionsNeedRole />}
      {content}
    </Stack>
  );
}
