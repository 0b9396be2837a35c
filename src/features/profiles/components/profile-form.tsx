import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOutcomeUnknown } from '@/lib/api-client/outcome-unknown-error';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { useCreateProfile } from '../api/use-create-profile';
import { useUpdateProfile } from '../api/use-update-profile';
import { maxProfileNameLength, type ProfileFields } from '../profile-fields';
import { orderSettings } from '../profile-settings';
import { isNameTaken } from '../sort-profiles';
import { hasProblems, validateProfileFields } from '../validate-profile-fields';
import { ProfileSettingsFields } from './profile-settings-fields';
import { ProfileWriteFailure } from './profile-write-failure';
import { useShownText } from './use-shown-text';

/** What happened, for the page's status line once the dialog has closed. */
export type ProfileSaved =
  | { readonly kind: 'created'; readonly policy: Policy }
  | { readonly kind: 'updated'; readonly policy: Policy };

interface ProfileFormProps {
  readonly customerId: string;
  /** Undefined for a new profile. */
  readonly policy: Policy | undefined;
  /** The customer's profiles, to warn about a name another one has. */
  readonly policies: readonly Policy[];
  readonly onCancel: () => void;
  readonly onSaved: (saved: ProfileSaved) => void;
  /** Fetch the list again and close: how the user checks a create whose outcome is unknown. */
  readonly onReload: () => void;
  /** While a request is under way the dialog must stay open: its answer belongs to this form. */
  readonly onBusyChange: (busy: boolean) => void;
}

const initialFields = (policy: Policy | undefined): ProfileFields => ({
  name: policy?.name ?? '',
  description: policy?.description ?? '',
  policySettings: orderSettings(policy?.policySettings ?? []),
});

/**
 * The one form for a new profile and for changing one: name (required, at most 200 characters),
 * description, settings. Problems are shown once the user tries to save, and focus moves to the
 * first field that needs attention. Each click on save sends one request; a create whose outcome
 * is unknown replaces the form with the way to check, so it is never sent twice by accident.
 */
export function ProfileForm({
  customerId,
  policy,
  policies,
  onCancel,
  onSaved,
  onReload,
  onBusyChange,
}: ProfileFormProps) {
  const { t } = useTranslation('profiles');
  const shown = useShownText();
  const [fields, setFields] = useState(() => initialFields(policy));
  const [triedToSave, setTriedToSave] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const settingsRef = useRef<HTMLDivElement>(null);
  // A second press while the first request is on its way must not send another.
  const sending = useRef(false);
  const create = useCreateProfile(customerId);
  const update = useUpdateProfile(customerId);
  const mutation = policy ? update : create;
  const busy = mutation.isPending;

  const problems = validateProfileFields(fields);
  const nameLength = fields.name.trim().length;
  const showNameProblem = triedToSave || nameLength > maxProfileNameLength;
  const nameError =
    showNameProblem && problems.name
      ? problems.name.kind === 'required'
        ? t('form.nameRequired')
        : t('form.nameTooLong', { length: problems.name.length, max: maxProfileNameLength })
      : undefined;
  const taken = isNameTaken(policies, fields.name, policy?.id);
  const nameShownInTexts = shown(fields.name.trim() || (policy?.name ?? ''));

  const finish = () => {
    sending.current = false;
    onBusyChange(false);
  };
  const send = () => {
    if (sending.current) return;
    sending.current = true;
    onBusyChange(true);
    if (policy) {
      update.mutate(
        { policy, fields },
        {
          onSuccess: (saved) => {
            onSaved({ kind: 'updated', policy: saved });
          },
          onSettled: finish,
        },
      );
    } else {
      create.mutate(fields, {
        onSuccess: (created) => {
          onSaved({ kind: 'created', policy: created });
        },
        onSettled: finish,
      });
    }
  };
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTriedToSave(true);
    if (hasProblems(problems)) {
      if (problems.name) nameRef.current?.focus();
      else settingsRef.current?.querySelector('input')?.focus();
      return;
    }
    send();
  };

  if (!policy && isOutcomeUnknown(create.error)) {
    return (
      <Stack gap="md">
        <ProfileWriteFailure
          error={create.error}
          write="create"
          name={nameShownInTexts}
          onReload={onReload}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('form.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          ref={nameRef}
          data-autofocus
          label={t('form.name')}
          description={
            taken
              ? `${t('form.nameDescription', { max: maxProfileNameLength })} ${t('form.nameTaken', { name: shown(fields.name.trim()) })}`
              : t('form.nameDescription', { max: maxProfileNameLength })
          }
          required
          value={fields.name}
          error={nameError}
          disabled={busy}
          onChange={(event) => {
            setFields({ ...fields, name: event.currentTarget.value });
          }}
        />
        <Textarea
          label={t('form.description')}
          value={fields.description}
          rows={3}
          resize="vertical"
          disabled={busy}
          onChange={(event) => {
            setFields({ ...fields, description: event.currentTarget.value });
          }}
        />
        <ProfileSettingsFields
          groupRef={settingsRef}
          value={fields.policySettings}
          problem={triedToSave ? problems.settings : undefined}
          disabled={busy}
          onChange={(policySettings) => {
            setFields({ ...fields, policySettings });
          }}
        />
        {mutation.isError && (
          <ProfileWriteFailure
            error={mutation.error}
            write={policy ? 'update' : 'create'}
            name={nameShownInTexts}
            onReload={onReload}
            onRetry={policy ? send : undefined}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {policy ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
