import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import type { Policy } from '@/lib/partner-center/policy-schema';
import type { ProfileDevicesLoad } from '../profile-device-row';
import { isNameTaken } from '../sort-profiles';
import { ProfileDevicesProgress } from './profile-devices-progress';
import { ProfileDevicesTable } from './profile-devices-table';
import { useProfileLabel } from './use-profile-label';
import classes from './profiles.module.css';

interface ProfileDevicesViewProps {
  readonly customerId: string;
  readonly policy: Policy;
  /** Every profile of the customer, to say when another has the same name. */
  readonly policies: readonly Policy[];
  readonly load: ProfileDevicesLoad;
}

/**
 * The devices of every batch that use one profile: how far loading has come, the count, a batch
 * that failed to load (with a retry that continues where it stopped), and the devices. Devices
 * name their profile, so when two profiles share a name the list holds both's devices: said.
 */
export function ProfileDevicesView({
  customerId,
  policy,
  policies,
  load,
}: ProfileDevicesViewProps) {
  const { t } = useTranslation('profiles');
  const name = useProfileLabel()(policy);
  const sameName = policy.name !== undefined && isNameTaken(policies, policy.name, policy.id);
  return (
    <Stack gap="md">
      <Text size="sm">{t('devices.intro')}</Text>
      {sameName && (
        <Text size="sm" className={classes.wrap}>
          {t('devices.sameName', { name })}
        </Text>
      )}
      <ProfileDevicesProgress
        loadedCount={load.loadedCount}
        totalCount={load.totalCount}
        loading={load.loading}
        matchCount={load.rows.length}
      />
      {load.failure && (
        <ApiErrorPanel
          error={load.failure.error}
          title={t('devices.incompleteTitle')}
          description={t('devices.incompleteBody')}
          onRetry={load.failure.retry}
        />
      )}
      <ProfileDevicesTable customerId={customerId} profileName={name} rows={load.rows} />
    </Stack>
  );
}
