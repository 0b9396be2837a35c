import { Button, Group, List, Stack, Text } from '@mantine/core';
import { ActionDialog } from '@/components/dialogs/action-dialog';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createGuid } from '@/lib/api-client/create-guid';
import type { PartnerRole } from '@/lib/auth/partner-role';
import { safeFileName } from '@/lib/csv/safe-file-name';
import { browserStore, type KeyValueStore } from '@/lib/storage/browser-store';
import type { ChangeableDevice } from '../changeable-device';
import { deregistrationHref } from '../changes/change-address';
import { deregistrationRun } from '../changes/deregistration-runs';
import { rememberChange, type RememberedDeregistration } from '../changes/remembered-changes';
import { useDeregistrationDependencies } from '../changes/use-deregistration-dependencies';
import { keepDeviceRows } from '../csv/kept-device-rows';
import { DownloadDevicesCsvButton } from './download-devices-csv-button';
import { useFormatNumber } from './use-format-number';

export interface DeregisterDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly customerId: string;
  readonly customerName: string;
  readonly batchId: string;
  /** The selected devices that may be deregistered (the others are left out before this). */
  readonly devices: readonly ChangeableDevice[];
  readonly role: PartnerRole;
  readonly accountId: string | undefined;
  /** The deregistration has started: its tracker opens next. */
  readonly onStarted: () => void;
  readonly store?: KeyValueStore;
}

/**
 * "Deregister…": one confirmation that names the count, the batch and the customer, says that only
 * the Autopilot registration goes (not the Intune enrolment, not the Entra ID device) and that it
 * cannot be undone, and offers the CSV of these devices first, to register them again. Confirmed,
 * the change is kept in this browser and its tracker sends the DELETEs. Escape or Cancel closes it
 * without deregistering anything; Cancel has the focus, so Enter never deregisters by accident.
 */
export function DeregisterDialog({
  opened,
  onClose,
  customerId,
  customerName,
  batchId,
  devices,
  role,
  accountId,
  onStarted,
  store = browserStore,
}: DeregisterDialogProps) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const navigate = useNavigate();
  const account = accountId ?? '';
  const dependencies = useDeregistrationDependencies(account, customerId, store);
  const [starting, setStarting] = useState(false);
  // A second click while the change is being kept must not start it twice.
  const started = useRef(false);
  const count = devices.length;
  const what = { count, formatted: formatNumber(count), batch: batchId, customer: customerName };

  const confirm = async () => {
    if (started.current || count === 0) return;
    started.current = true;
    setStarting(true);
    const change: RememberedDeregistration = {
      kind: 'deregister',
      changeId: createGuid(),
      customerId,
      batchId,
      startedAt: new Date().toISOString(),
      devices: devices.map((device) => ({
        id: device.id,
        serialNumber: device.serialNumber,
        manufacturer: device.manufacturer,
        modelName: device.modelName,
        outcome: 'pending',
      })),
    };
    keepDeviceRows(change.changeId, devices);
    // Kept before the first DELETE, so a reload from here on resumes it. Without a store (private
    // browsing) it still runs in this tab; only a reload would lose its progress.
    await rememberChange(store, account, change).catch(() => undefined);
    deregistrationRun(change, dependencies);
    onStarted();
    void navigate(deregistrationHref(customerId, change));
  };

  return (
    <ActionDialog opened={opened} onClose={onClose} title={t('deregister.title')} size="lg">
      <Stack gap="md">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {t('deregister.what', what)}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('deregister.onlyRegistration')}</List.Item>
          <List.Item>
            <Text span size="sm" fw={600}>
              {t('deregister.notIntune')}
            </Text>
          </List.Item>
          <List.Item>{t('deregister.cannotUndo')}</List.Item>
          <List.Item>{t('deregister.othersUntouched')}</List.Item>
          {role === 'unknown' && <List.Item>{t('role.unknownNote')}</List.Item>}
        </List>
        <DownloadDevicesCsvButton
          devices={devices}
          label={t('deregister.downloadBefore')}
          fileName={t('csv.beforeFileName', { batch: safeFileName(batchId, 'devices') })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus disabled={starting}>
            {t('deregister.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={starting}>
            {t('deregister.confirm', what)}
          </Button>
        </Group>
      </Stack>
    </ActionDialog>
  );
}
