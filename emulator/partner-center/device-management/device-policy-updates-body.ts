import { z } from 'zod';
import { maxDevicesPerUpload } from '../device-registration/upload-body';
import { lowerCaseKeys, parseJsonBody, requiredOr, type ParsedBody } from '../json-body';

/**
 * The body of `PATCH …/DevicePolicyUpdates` (docs/partner-center-api.md §16):
 * `{ "devices": [ { "id": "<device id>", "policies": [ { "key": "o_o_b_e", "value": "<policy id>" } ] } ] }`.
 * Property names are matched without regard to case, as for uploads; the values are taken as sent
 * (a device id is matched exactly later). Each device names exactly one policy, of key `o_o_b_e`.
 */
export interface PolicyUpdate {
  readonly deviceId: string;
  readonly policyId: string;
}

/**
 * No maximum is documented; the emulator refuses more devices per request than it takes per
 * upload, and the dashboard sends at most that many.
 */
export const maxDevicesPerPolicyUpdate = maxDevicesPerUpload;

/** The key of an Autopilot (out-of-box experience) profile, the one policy a device has (§7). */
export const autopilotPolicyKey = 'o_o_b_e';

const fieldNames = ['devices', 'id', 'policies', 'key', 'value'];

const nonBlankText = z
  .string({ error: requiredOr('must be a string') })
  .refine((text) => text.trim() !== '', 'must not be empty');

const policySchema = z.preprocess(
  lowerCaseKeys,
  z.looseObject(
    {
      key: z
        .string({ error: requiredOr(`must be "${autopilotPolicyKey}"`) })
        .refine((key) => key === autopilotPolicyKey, `must be "${autopilotPolicyKey}"`),
      value: nonBlankText,
    },
    { error: 'must be an object with key and value' },
  ),
);

const deviceSchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(
      {
        id: nonBlankText,
        policies: z
          .array(policySchema, { error: requiredOr('must be a list') })
          .length(1, `must hold exactly one policy, of key "${autopilotPolicyKey}"`),
      },
      { error: 'must be an object with id and policies' },
    )
    .transform(({ id, policies: [policy] }): PolicyUpdate => ({
      deviceId: id,
      policyId: policy?.value ?? '',
    })),
);

const bodySchema = z.preprocess(
  lowerCaseKeys,
  z
    .looseObject(
      {
        devices: z
          .array(z.unknown(), { error: requiredOr('must be a list') })
          .min(1, 'must hold at least one device')
          .max(
            maxDevicesPerPolicyUpdate,
            `may hold at most ${String(maxDevicesPerPolicyUpdate)} devices per request`,
          )
          .pipe(z.array(deviceSchema)),
      },
      { error: 'must be a JSON object with devices' },
    )
    .transform(({ devices }): readonly PolicyUpdate[] => devices),
);

export const parseDevicePolicyUpdatesBody = (text: string): ParsedBody<readonly PolicyUpdate[]> =>
  parseJsonBody(bodySchema, text, fieldNames);
