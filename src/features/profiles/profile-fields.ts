import type { PolicyDraft } from '@/lib/partner-center/policy-schema';

/**
 * What the profile form edits and a create or an update sends. Like `PolicyDraft`, but a setting
 * this dashboard does not know is kept as the service sent it: editing a profile's name must not
 * silently drop a setting the service added after this dashboard was written.
 */
export interface ProfileFields extends Omit<PolicyDraft, 'policySettings'> {
  readonly policySettings: readonly string[];
}

/** The longest name the API takes (a longer one is refused with 400). */
export const maxProfileNameLength = 200;

/** What is sent: the name without surrounding spaces, the description as typed, the settings as chosen. */
export function toSentFields(fields: ProfileFields): ProfileFields {
  return {
    name: fields.name.trim(),
    description: fields.description.trim(),
    policySettings: fields.policySettings,
  };
}
