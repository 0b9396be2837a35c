import { Stack, Text } from '@mantine/core';
import { ActionDialog } from '@/components/dialogs/action-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { ProfileForm, type ProfileSaved } from './profile-form';
import { useProfileLabel } from './use-profile-label';
import classes from './profiles.module.css';

interface ProfileFormModalProps {
  readonly opened: boolean;
  /** Counts the openings: each one starts a fresh form. */
  readonly session: number;
  readonly customerId: string;
  readonly customerName: string;
  /** The profile to change; undefined for a new one. */
  readonly policy: Policy | undefined;
  readonly policies: readonly Policy[];
  readonly onClose: () => void;
  readonly onSaved: (saved: ProfileSaved) => void;
  readonly onReload: () => void;
}

/**
 * The dialog around the profile form, naming the customer the profile belongs to. It cannot be
 * closed while a request is under way (Escape, a click outside and Cancel wait), so no answer is
 * lost. Focus starts on the name and returns to the button that opened it.
 */
export function ProfileFormModal({
  opened,
  session,
  customerId,
  customerName,
  policy,
  policies,
  onClose,
  onSaved,
  onReload,
}: ProfileFormModalProps) {
  const { t } = useTranslation('profiles');
  const label = useProfileLabel();
  const [busy, setBusy] = useState(false);
  return (
    <ActionDialog
      opened={opened}
      onClose={() => {
        if (!busy) onClose();
      }}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      title={policy ? t('form.editTitle', { name: label(policy) }) : t('form.createTitle')}
      size="lg"
      classNames={{ title: classes.wrap }}
    >
      <Stack gap="md">
        <Text size="sm" className={classes.wrap}>
          {t('form.forCustomer', { customer: customerName })}
        </Text>
        <ProfileForm
          key={session}
          customerId={customerId}
          policy={policy}
          policies={policies}
          onCancel={onClose}
          onSaved={onSaved}
          onReload={onReload}
          onBusyChange={setBusy}
        />
      </Stack>
    </ActionDialog>
  );
}
