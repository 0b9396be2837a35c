import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconTag, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRole } from '@/lib/auth/partner-role';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import type { ChangeableDevice } from '../changeable-device';
import type { ProfilesState } from '../profiles-state';
import { AssignProfileDialog } from './assign-profile-dialog';
import { DeregisterDialog } from './deregister-dialog';
import { useFormatNumber } from './use-format-number';

export interface DeviceChangeActionsProps {
  readonly customerId: string;
  /** For the confirmations; the id until the customer has loaded. */
  readonly customerName: string;
  readonly batchId: string;
  /** The devices ticked on the devices page (every one the filter shows, rendered or not). */
  readonly devices: readonly ChangeableDevice[];
  /** Clears the selection, once a change has started. */
  readonly onChangeStarted: () => void;
  readonly profiles: ProfilesState;
  /** The assign dialog opened: the route loads the profiles from then on. */
  readonly onProfilesWanted: () => void;
  /** `admin-agent` or `unknown`: an account known not to be an Admin agent is offered nothing. */
  readonly role: PartnerRole;
  readonly accountId: string | undefined;
}

/**
 * "Assign profile…" and "Deregister…" for the ticked devices, each offered for the devices whose
 * `allowedOperations` allow it (PATCH, DELETE), saying how many it leaves out and why. In presenter
 * mode "Deregister…", which cannot be undone, is hidden until the presenter switches it on.
 */
export function DeviceChangeActions({
  customerId,
  customerName,
  batchId,
  devices,
  onChangeStarted,
  profiles,
  onProfilesWanted,
  role,
  accountId,
}: DeviceChangeActionsProps) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const { active: presenting } = usePresenterMode();
  const [showDestructive, setShowDestructive] = useState(false);
  const [dialog, setDialog] = useState<'assign' | 'deregister' | null>(null);
  const assignable = devices.filter((device) => device.mayPatch);
  const deletable = devices.filter((device) => device.mayDelete);
  const assignSkipped = devices.length - assignable.length;
  const deregisterSkipped = devices.length - deletable.length;
  const deregisterShown = !presenting || showDestructive;
  const close = () => {
    setDialog(null);
  };
  const skipped = (key: 'actions.assignSkipped' | 'actions.deregisterSkipped', count: number) =>
    count > 0 && (
      <Text size="xs" c="dimmed">
        {t(key, { count, formatted: formatNumber(count) })}
      </Text>
    );

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconTag size={16} aria-hidden />}
          disabled={assignable.length === 0}
          onClick={() => {
            onProfilesWanted();
            setDialog('assign');
          }}
        >
          {t('actions.assign')}
        </Button>
        {deregisterShown && (
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            disabled={deletable.length === 0}
            onClick={() => {
              setDialog('deregister');
            }}
          >
            {t('actions.deregister')}
          </Button>
        )}
        {presenting && (
          <Switch
            size="xs"
            label={t('actions.showDestructive')}
            checked={showDestructive}
            onChange={(event) => {
              setShowDestructive(event.currentTarget.checked);
            }}
          />
        )}
      </Group>
      {presenting && !showDestructive && (
        <Text size="xs" c="dimmed">
          {t('actions.destructiveHidden')}
        </Text>
      )}
      {skipped('actions.assignSkipped', assignSkipped)}
      {deregisterShown && skipped('actions.deregisterSkipped', deregisterSkipped)}
      <AssignProfileDialog
        opened={dialog === 'assign'}
        onClose={close}
        customerId={customerId}
        customerName={customerName}
        batchId={batchId}
        devices={assignable}
        profiles={profiles}
        role={role}
        accountId={accountId}
        onAssigned={() => {
          close();
          onChangeStarted();
        }}
      />
      <DeregisterDialog
        opened={dialog === 'deregister' && deregisterShown}
        onClose={close}
        customerId={customerId}
        customerName={customerName}
        batchId={batchId}
        devices={deletable}
        role={role}
        accountId={accountId}
        onStarted={() => {
          close();
          onChangeStarted();
        }}
      />
    </Stack>
  );
}
