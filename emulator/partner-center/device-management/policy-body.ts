import { z } from 'zod';
import { oobePolicySettings } from '../../seed/autopilot-profiles';
import { lowerCaseKeys, parseJsonBody, requiredOr, type ParsedBody } from '../json-body';
import { autopilotPolicyKey } from './device-policy-updates-body';
import type { PolicyFields } from './profile-store';

/**
 * The bodies that create (`POST …/policies`) and update (`PUT …/policies/{policyId}`) a profile
 * (docs/partner-center-api.md §7, §16): `{ name, category, description, policySettings }`, property
 * names matched without regard to case. A PUT changes name, description and settings only, so its
 * `category` is ignored, as are `id`, `devicesAssigned` and dates in either body. Values are kept
 * as sent (markup and unicode included); a blank name is refused, an absent or null description is
 * empty. Duplicate names are allowed: Partner Center documents no rule against them.
 *
 * No limits are documented; the emulator's: a name of at most 200 characters (UTF-16 code units,
 * as JavaScript's `length` and an input's `maxlength` count them), at least one setting, `none`
 * alone, no setting twice.
 */
export const maxPolicyNameLength = 200;

const settingNames = ['none', ...oobePolicySettings] as const;

const fieldNames = ['name', 'category', 'description', 'policySettings'];

const fieldsSchema = {
  name: z
    .string({ error: requiredOr('must be a string') })
    .refine((name) => name.trim() !== '', 'must not be blank')
    .refine(
      (name) => name.length <= maxPolicyNameLength,
      `may be at most ${String(maxPolicyNameLength)} characters`,
    ),
  description: z
    .string({ error: 'must be a string' })
    .nullish()
    .transform((description) => description ?? ''),
  policysettings: z
    .array(z.enum(settingNames, { error: `must be one of ${settingNames.join(', ')}` }), {
      error: requiredOr('must be a list'),
    })
    .min(1, 'must hold at least one setting ("none" for none)')
    .refine(
      (settings) => !settings.includes('none') || settings.length === 1,
      '"none" may not be combined with other settings',
    )
    .refine((settings) => new Set(settings).size === settings.length, 'must not repeat a setting'),
};

const toFields = ({
  name,
  description,
  policysettings,
}: {
  name: string;
  description: string;
  policysettings: readonly string[];
}): PolicyFields => ({ name, description, policySettings: policysettings });

const creationSchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(
      {
        ...fieldsSchema,
        category: z
          .string({ error: requiredOr(`must be "${autopilotPolicyKey}"`) })
          .refine((category) => category === autopilotPolicyKey, `must be "${autopilotPolicyKey}"`),
      },
      { error: 'must be a JSON object with name, category, description and policySettings' },
    )
    .transform(toFields),
);

const updateSchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(fieldsSchema, {
      error: 'must be a JSON object with name, description and policySettings',
    })
    .transform(toFields),
);

/** `POST …/policies`. */
export const parsePolicyCreationBody = (text: string): ParsedBody<PolicyFields> =>
  parseJsonBody(creationSchema, text, fieldNames);

/** `PUT …/policies/{policyId}`. */
export const parsePolicyUpdateBody = (text: string): ParsedBody<PolicyFields> =>
  parseJsonBody(updateSchema, text, fieldNames);
