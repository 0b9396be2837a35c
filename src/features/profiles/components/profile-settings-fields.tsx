import { Checkbox, Stack } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownSetting, settingChoices, toggleSetting } from '../profile-settings';
import type { SettingsProblem } from '../validate-profile-fields';
import { useSettingWords } from './use-setting-words';

interface ProfileSettingsFieldsProps {
  readonly value: readonly string[];
  readonly onChange: (settings: readonly string[]) => void;
  /** Shown once the user tried to save. */
  readonly problem: SettingsProblem | undefined;
  readonly disabled: boolean;
  /** The group, so the form can move focus to its first checkbox when it needs attention. */
  readonly groupRef?: Ref<HTMLDivElement>;
}

/**
 * The settings as checkboxes, in words, in one labelled group. "No settings" is exclusive: ticking
 * it clears the others and ticking another clears it (toggleSetting). A setting this dashboard does
 * not know, which the profile already has, is offered by its own name so it can be kept or cleared.
 */
export function ProfileSettingsFields({
  value,
  onChange,
  problem,
  disabled,
  groupRef,
}: ProfileSettingsFieldsProps) {
  const { t } = useTranslation('profiles');
  const words = useSettingWords();
  const error =
    problem === 'required'
      ? t('form.settingsRequired')
      : problem === 'none-combined'
        ? t('form.settingsNoneCombined')
        : undefined;
  return (
    <Checkbox.Group
      ref={groupRef}
      label={t('form.settings')}
      description={t('form.settingsDescription')}
      value={[...value]}
      error={error}
      disabled={disabled}
      onChange={(next) => {
        const added = next.find((setting) => !value.includes(setting));
        const removed = value.find((setting) => !next.includes(setting));
        if (added !== undefined) onChange(toggleSetting(value, added, true));
        else if (removed !== undefined) onChange(toggleSetting(value, removed, false));
      }}
    >
      <Stack gap="xs" mt="xs">
        {settingChoices(value).map((setting) => (
          <Checkbox
            key={setting}
            value={setting}
            label={words(setting)}
            description={isKnownSetting(setting) ? undefined : t('form.unknownSetting')}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
