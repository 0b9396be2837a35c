import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/layout/page-title';
import type { Policy } from '@/lib/partner-center/policy-schema';
import type { ChangeAddress } from '../changes/change-address';
import { rememberedChangeQueryOptions } from '../changes/remembered-change-query';
import { AssignTrackerView } from './assign-tracker-view';
import { BatchLinks } from './batch-links';
import { DeregisterTrackerView } from './deregister-tracker-view';
import { useProfileName } from './profile-choice';

export interface DeviceChangeTrackerProps {
  readonly customerId: string;
  readonly changeId: string;
  /** What the address says (see readChangeAddress). */
  readonly address: ChangeAddress;
  readonly accountId: string | undefined;
  /** For the title of the browser tab. */
  readonly customerName: string | undefined;
  /** The customer's profiles, to name an assignment's profile; undefined while they load. */
  readonly profiles: readonly Policy[] | undefined;
}

/**
 * The tracker of a change to registered devices, at its own bookmarkable address: a profile
 * assignment (its jobs polled from Partner Center, so any browser can follow it) or a
 * deregistration (kept and run by the browser that started it). What this browser kept adds the
 * devices' serial numbers and, for an address cut short, the later tracking ids.
 */
export function DeviceChangeTracker({
  customerId,
  changeId,
  address,
  accountId,
  customerName,
  profiles,
}: DeviceChangeTrackerProps) {
  const { t } = useTranslation('deviceChanges');
  const profileName = useProfileName();
  const account = accountId ?? '';
  const remembered = useQuery({
    ...rememberedChangeQueryOptions(account, customerId, changeId),
    enabled: address.kind === 'assign',
  });
  const kept = remembered.data?.kind === 'assign' ? remembered.data : undefined;
  const batchId = address.batchId ?? kept?.batchId;
  const title =
    batchId === undefined || address.kind === 'unknown'
      ? t('tracker.titleWithoutBatch')
      : address.kind === 'assign'
        ? t('tracker.assignTitle', { batch: batchId })
        : t('tracker.deregisterTitle', { batch: batchId });
  const heading = (
    <>
      <PageTitle context={customerName}>{title}</PageTitle>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('tracker.changeId')}: {changeId}
      </Text>
    </>
  );

  if (address.kind === 'deregister') {
    return (
      <Stack gap="md">
        {heading}
        <DeregisterTrackerView
          customerId={customerId}
          changeId={changeId}
          batchId={batchId}
          accountId={accountId}
        />
      </Stack>
    );
  }
  if (address.kind === 'unknown') {
    return (
      <Stack gap="md">
        {heading}
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">{t('tracker.unknownKind')}</Text>
        </Alert>
        <BatchLinks customerId={customerId} batchId={batchId} />
      </Stack>
    );
  }

  const trackingIds =
    address.trackingIds.length > 1 || !kept ? address.trackingIds : kept.trackingIds;
  const policyId = address.policyId ?? kept?.policyId;
  const policy = profiles?.find((profile) => profile.id === policyId);
  const serialNumbers = new Map(kept?.devices.map((device) => [device.id, device.serialNumber]));
  return (
    <Stack gap="md">
      {heading}
      {policyId !== undefined && (
        <Text style={{ overflowWrap: 'anywhere' }}>
          {policy || kept?.policyName
            ? t('tracker.assign.profile', {
                profile: policy ? profileName(policy) : (kept?.policyName ?? ''),
              })
            : t('tracker.assign.profileUnknown', { id: policyId })}
        </Text>
      )}
      <AssignTrackerView
        key={trackingIds.join(',')}
        customerId={customerId}
        batchId={batchId}
        trackingIds={trackingIds}
        serialNumbers={serialNumbers}
      />
    </Stack>
  );
}
