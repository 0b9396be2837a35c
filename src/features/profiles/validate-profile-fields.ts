import { maxProfileNameLength, type ProfileFields } from './profile-fields';
import { noSettings } from './profile-settings';

export type NameProblem =
  { readonly kind: 'required' } | { readonly kind: 'too-long'; readonly length: number };

export type SettingsProblem = 'required' | 'none-combined';

export interface ProfileFieldProblems {
  readonly name?: NameProblem;
  readonly settings?: SettingsProblem;
}

/**
 * What the API would refuse with 400, found before sending: a blank name, a name over 200
 * characters (counted after trimming, as sent), no settings at all, or "none" with others.
 * Duplicate names are allowed by the API, so they are not a problem here (the form warns).
 */
export function validateProfileFields(fields: ProfileFields): ProfileFieldProblems {
  const name = fields.name.trim();
  const settings = fields.policySettings;
  const nameProblem: NameProblem | undefined =
    name === ''
      ? { kind: 'required' }
      : name.length > maxProfileNameLength
        ? { kind: 'too-long', length: name.length }
        : undefined;
  const settingsProblem: SettingsProblem | undefined =
    settings.length === 0
      ? 'required'
      : settings.includes(noSettings) && settings.length > 1
        ? 'none-combined'
        : undefined;
  return {
    ...(nameProblem && { name: nameProblem }),
    ...(settingsProblem && { settings: settingsProblem }),
  };
}

export const hasProblems = (problems: ProfileFieldProblems): boolean =>
  problems.name !== undefined || problems.settings !== undefined;
