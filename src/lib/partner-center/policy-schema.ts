import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { lenientList, lenientOptional } from '@/lib/partner-center/lenient-optional';

/** The settings an Autopilot (OOBE) profile may combine (docs/partner-center-api.md §7). */
export const policySettingValues = [
  'none',
  'remove_oem_preinstalls',
  'oobe_user_not_local_admin',
  'skip_express_settings',
  'skip_oem_registration',
  'skip_eula',
] as const;

export type PolicySetting = (typeof policySettingValues)[number];

/** The category of every Autopilot profile: the out-of-box experience. */
export const autopilotPolicyCategory = 'o_o_b_e';

const rawPolicySchema = z.object({
  id: z.string(),
  name: lenientOptional(z.string()),
  category: lenientOptional(z.string()),
  description: lenientOptional(z.string()),
  /** The docs' examples spell it so… */
  devicesAssigned: lenientOptional(z.int().check(z.nonnegative())),
  /** …the resource table and the SDK so. */
  devicesAssignedCount: lenientOptional(z.int().check(z.nonnegative())),
  /** Kept as sent: a setting this dashboard does not know is shown by its own name. */
  policySettings: lenientList(z.string()),
  createdDate: lenientOptional(z.string()),
  lastModifiedDate: lenientOptional(z.string()),
});

/**
 * A ConfigurationPolicy: an Autopilot profile (docs/partner-center-api.md §6.7, §7). Only `id` is
 * required. The device count arrives as `devicesAssigned` or `devicesAssignedCount` and is read
 * from either into `devicesAssigned` (undefined when neither is given).
 */
export const policySchema = z.pipe(
  rawPolicySchema,
  z.transform(({ devicesAssignedCount, devicesAssigned, ...policy }) => ({
    ...policy,
    devicesAssigned: devicesAssigned ?? devicesAssignedCount,
  })),
);

/** `GET /v1/customers/{id}/policies`. */
export const policyCollectionSchema = collectionSchema(policySchema);

export type Policy = z.output<typeof policySchema>;
export type PolicyCollection = z.output<typeof policyCollectionSchema>;

/** What a create (`POST`) or an update (`PUT`) sends: the only fields the API lets a caller set. */
export interface PolicyDraft {
  readonly name: string;
  readonly description: string;
  readonly policySettings: readonly PolicySetting[];
}
