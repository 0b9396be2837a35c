import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import print from '@/components/layout/print.module.css';
import { LoadingStatus } from '@/components/status/loading-status';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { PartnerRole } from '@/lib/auth/partner-role';
import type { Policy } from '@/lib/partner-center/policy-schema';
import type { DeleteOutcome } from '../api/delete-policy';
import { policiesQueryOptions } from '../api/get-policies';
import { sortProfiles } from '../sort-profiles';
import { DeleteProfileModal } from './delete-profile-modal';
import { ProfileCard } from './profile-card';
import { ProfileChangeStatus, type ProfileChangeMessage } from './profile-change-status';
import type { ProfileSaved } from './profile-form';
import { ProfileFormModal } from './profile-form-modal';
import { ProfileRoleNote } from './profile-role-note';
import { ProfilesEmpty } from './profiles-empty';
import { useProfileLabel } from './use-profile-label';
import classes from './profiles.module.css';

interface ProfilesViewProps {
  readonly customerId: string;
  /** For the dialogs, which name the customer a profile belongs to (its id until it is known). */
  readonly customerName: string;
  readonly role: PartnerRole;
  /** "Now", for tests; the moment the page opened otherwise. */
  readonly now?: Date;
}

/** Which dialog is open, for which profile; `session` starts each opening afresh. */
interface DialogState {
  readonly opened: boolean;
  readonly session: number;
  readonly policy: Policy | undefined;
}

const closed: DialogState = { opened: false, session: 0, policy: undefined };

/**
 * Every Autopilot profile of a customer, sorted by name, with the ways to create, change and
 * delete them for those who may. An account known not to be an Admin agent sees no such controls
 * and is told why; when the role is not known, the controls are there and Partner Center decides.
 */
export function ProfilesView({ customerId, customerName, role, now }: ProfilesViewProps) {
  const { t, i18n } = useTranslation('profiles');
  const label = useProfileLabel();
  const policies = useQuery(policiesQueryOptions(useApiClient(), customerId));
  const [openedAt] = useState(() => new Date());
  const [form, setForm] = useState<DialogState>(closed);
  const [deletion, setDeletion] = useState<DialogState>(closed);
  const [message, setMessage] = useState<ProfileChangeMessage>();
  const canChange = role !== 'not-admin-agent';

  const items = policies.data?.items;
  const sorted = useMemo(
    () => (items ? sortProfiles(items, i18n.language) : undefined),
    [items, i18n.language],
  );

  const say = (text: string, focus: boolean) => {
    setMessage((last) => ({ text, focus, id: (last?.id ?? 0) + 1 }));
  };
  const openForm = (policy: Policy | undefined) => {
    setForm((last) => ({ opened: true, session: last.session + 1, policy }));
  };
  const closeForm = () => {
    setForm((last) => ({ ...last, opened: false }));
  };
  const saved = ({ kind, policy }: ProfileSaved) => {
    closeForm();
    say(
      kind === 'created'
        ? t('done.created', { name: label(policy) })
        : t('done.updated', { name: label(policy) }),
      false,
    );
  };
  const reloadToCheck = () => {
    closeForm();
    void policies.refetch();
  };
  const deleted = (policy: Policy, outcome: DeleteOutcome) => {
    setDeletion((last) => ({ ...last, opened: false }));
    say(
      outcome === 'deleted'
        ? t('done.deleted', { name: label(policy) })
        : t('done.alreadyDeleted', { name: label(policy) }),
      true,
    );
  };

  let content;
  if (sorted && sorted.length > 0) {
    content = (
      <Stack gap="xs">
        <Text size="sm" className={classes.muted}>
          {t('page.count', {
            count: sorted.length,
            formatted: new Intl.NumberFormat(i18n.language).format(sorted.length),
          })}
        </Text>
        <Stack component="ul" aria-label={t('page.listLabel')} gap="sm" className={classes.list}>
          {sorted.map((policy) => (
            <ProfileCard
              key={policy.id}
              customerId={customerId}
              policy={policy}
              now={now ?? openedAt}
              canChange={canChange}
              onEdit={openForm}
              onDelete={(target) => {
                setDeletion((last) => ({
                  opened: true,
                  session: last.session + 1,
                  policy: target,
                }));
              }}
            />
          ))}
        </Stack>
      </Stack>
    );
  } else if (sorted) {
    content = <ProfilesEmpty />;
  } else if (policies.isError) {
    content = (
      <ApiErrorPanel
        error={policies.error}
        title={t('page.loadFailedTitle')}
        onRetry={() => void policies.refetch()}
      />
    );
  } else {
    content = <LoadingStatus label={t('page.loading')} />;
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" maw="42rem" flex="1 1 16rem">
          {t('page.intro')}
        </Text>
        {canChange && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            variant="light"
            className={print.screenOnly}
            onClick={() => {
              openForm(undefined);
            }}
          >
            {t('actions.newProfile')}
          </Button>
        )}
      </Group>
      <ProfileRoleNote role={role} />
      <ProfileChangeStatus
        message={message}
        onDismiss={() => {
          setMessage(undefined);
        }}
      />
      {content}
      {canChange && (
        <>
          <ProfileFormModal
            opened={form.opened}
            session={form.session}
            customerId={customerId}
            customerName={customerName}
            policy={form.policy}
            policies={items ?? []}
            onClose={closeForm}
            onSaved={saved}
            onReload={reloadToCheck}
          />
          <DeleteProfileModal
            opened={deletion.opened}
            session={deletion.session}
            customerId={customerId}
            customerName={customerName}
            policy={deletion.policy}
            onClose={() => {
              setDeletion((last) => ({ ...last, opened: false }));
            }}
            onDeleted={deleted}
          />
        </>
      )}
    </Stack>
  );
}
