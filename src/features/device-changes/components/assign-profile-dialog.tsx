import { Button, Group, List, Stack, Text } from '@mantine/core';
import { ActionDialog } from '@/components/dialogs/action-dialog';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SendingProgress } from '@/components/batch-job/sending-progress';
import { paths } from '@/config/paths';
import type { PartnerRole } from '@/lib/auth/partner-role';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { maxDevicesPerRequest, splitIntoRequests } from '@/lib/partner-center/split-into-requests';
import type { ChangeableDevice } from '../changeable-device';
import { assignmentHref } from '../changes/change-address';
import { useAssignProfile } from '../changes/use-assign-profile';
import type { ProfilesState } from '../profiles-state';
import { AssignStopped } from './assign-stopped';
import { focusOnMount } from './focus-on-mount';
import { ProfileChoice, useProfileName } from './profile-choice';
import { useFormatNumber } from './use-format-number';

export interface AssignProfileDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly customerId: string;
  readonly customerName: string;
  readonly batchId: string;
  /** The selected devices that may be given a profile (the others are left out before this). */
  readonly devices: readonly ChangeableDevice[];
  readonly profiles: ProfilesState;
  readonly role: PartnerRole;
  readonly accountId: string | undefined;
  /** The assignment was accepted: the tracker opens next. */
  readonly onAssigned: () => void;
}

/**
 * "Assign profile…": choose one of the customer's profiles, then one confirmation that names the
 * count, the batch, the customer and the profile and says what will and will not happen, then the
 * PATCHes (each once), then the tracker. A failed request is explained in place (see
 * AssignStopped). Escape or Cancel closes it without sending anything; focus stays inside.
 */
export function AssignProfileDialog(props: AssignProfileDialogProps) {
  const { opened, onClose } = props;
  const { t } = useTranslation('deviceChanges');
  // Each opening starts afresh, with the selection as it is then.
  const [opening, setOpening] = useState(0);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setOpening((count) => count + 1);
  }
  return (
    <ActionDialog opened={opened} onClose={onClose} title={t('assign.title')} size="lg">
      <AssignSteps key={opening} {...props} />
    </ActionDialog>
  );
}

function AssignSteps({
  onClose,
  customerId,
  customerName,
  batchId,
  devices,
  profiles,
  role,
  accountId,
  onAssigned,
}: AssignProfileDialogProps) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const profileName = useProfileName();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [policyId, setPolicyId] = useState<string | null>(null);
  const [toAssign, setToAssign] = useState(devices);
  const send = useAssignProfile({ customerId, batchId, accountId });
  const policy = profiles.profiles?.find((profile) => profile.id === policyId);
  const count = toAssign.length;
  const requestCount = splitIntoRequests(toAssign).length;

  const assign = (chosen: NonNullable<typeof policy>, which: typeof toAssign) => {
    if (send.isPending) return; // a second click while sending never sends twice
    send.mutate(
      { policy: chosen, devices: which },
      {
        onSuccess: ({ trackingIds: [first, ...later] }) => {
          onAssigned();
          void navigate(
            first === undefined
              ? paths.devices.getHref(customerId, batchId)
              : assignmentHref(customerId, {
                  batchId,
                  policyId: chosen.id,
                  trackingIds: [first, ...later],
                }),
          );
        },
      },
    );
  };

  if (send.isPending) {
    return (
      <div ref={focusOnMount} tabIndex={-1}>
        <SendingProgress
          accepted={send.progress.accepted}
          total={send.progress.total}
          text={(current, total) => t('assign.sending', { current, total })}
          keepOpenText={t('assign.keepOpen')}
        />
      </div>
    );
  }
  if (send.stop) {
    const { stop } = send;
    return (
      <div ref={focusOnMount} tabIndex={-1}>
        <AssignStopped
          customerId={customerId}
          batchId={batchId}
          stop={stop}
          acceptedTrackingIds={send.acceptedTrackingIds()}
          onSendAgain={() => {
            setToAssign(stop.remaining);
            assign(stop.policy, stop.remaining);
          }}
          onChooseAnother={() => {
            send.startOver();
            setToAssign(stop.remaining);
            setPolicyId(null);
            setStep('choose');
            if (stop.result.failed.profileGone) profiles.retry();
          }}
          onCheckDevices={() => {
            void queryClient.invalidateQueries({
              queryKey: partnerCenterKeys.batchDevices(customerId, batchId),
            });
            onClose();
          }}
          onClose={onClose}
        />
      </div>
    );
  }

  if (step === 'choose' || !policy) {
    return (
      <Stack gap="md">
        <ProfileChoice
          customerId={customerId}
          profiles={profiles}
          chosen={policyId}
          onChoose={setPolicyId}
          deviceCount={count}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus ref={focusOnMount}>
            {t('assign.cancel')}
          </Button>
          <Button
            disabled={!policy}
            onClick={() => {
              setStep('confirm');
            }}
          >
            {t('assign.next')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const what = {
    count,
    formatted: formatNumber(count),
    batch: batchId,
    customer: customerName,
    profile: profileName(policy),
  };
  return (
    <Stack gap="md">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {t('assign.confirmTitle')}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{t('assign.confirmWhat', what)}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('assign.whenApplied')}</List.Item>
        <List.Item>{t('assign.replaces')}</List.Item>
        <List.Item>{t('assign.othersUntouched')}</List.Item>
        {requestCount > 1 && (
          <List.Item>
            {t('assign.requests', {
              count: requestCount,
              size: formatNumber(maxDevicesPerRequest),
            })}
          </List.Item>
        )}
        {role === 'unknown' && <List.Item>{t('role.unknownNote')}</List.Item>}
      </List>
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => {
            setStep('choose');
          }}
        >
          {t('assign.back')}
        </Button>
        <Button variant="default" onClick={onClose} ref={focusOnMount}>
          {t('assign.cancel')}
        </Button>
        <Button
          onClick={() => {
            assign(policy, toAssign);
          }}
        >
          {t('assign.send', what)}
        </Button>
      </Group>
    </Stack>
  );
}
