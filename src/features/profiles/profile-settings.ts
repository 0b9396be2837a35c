import { policySettingValues, type PolicySetting } from '@/lib/partner-center/policy-schema';

/** The setting that means "none of the others"; the API refuses it combined with any other. */
export const noSettings: PolicySetting = 'none';

export function isKnownSetting(setting: string): setting is PolicySetting {
  return (policySettingValues as readonly string[]).includes(setting);
}

/**
 * The settings after one checkbox changed. "No settings" is exclusive: choosing it clears every
 * other setting, and choosing any other setting clears it. Order follows the list shown (known
 * settings in the documented order, then unknown ones as they came), so a save sends a stable list.
 */
export function toggleSetting(
  current: readonly string[],
  setting: string,
  checked: boolean,
): readonly string[] {
  if (!checked) return current.filter((value) => value !== setting);
  if (setting === noSettings) return [noSettings];
  const next = new Set(current.filter((value) => value !== noSettings));
  next.add(setting);
  return orderSettings([...next]);
}

/** Known settings in the documented order, then any unknown ones in the order they came. */
export function orderSettings(settings: readonly string[]): readonly string[] {
  const known = policySettingValues.filter((setting) => settings.includes(setting));
  const unknown = settings.filter((setting) => !isKnownSetting(setting));
  return [...known, ...new Set(unknown)];
}

/** Every checkbox the form offers: the known settings, then the unknown ones the profile has. */
export function settingChoices(current: readonly string[]): readonly string[] {
  return [...policySettingValues, ...orderSettings(current).filter((s) => !isKnownSetting(s))];
}
