import { z } from 'zod';
import { defaultSeed } from '../seed/seed-catalogue';
import { defaultUploadStepMs } from './batch-jobs/batch-job-timeline';
import type { PartnerCenterEmulatorOptions } from './emulator-options';

const onOff = z
  .enum(['1', 'true', '0', 'false', ''])
  .default('')
  .transform((value) => value === '1' || value === 'true');

/**
 * The emulator's settings from the environment, checked once with one readable error:
 * EMULATOR_PORT (4281), EMULATOR_HOST (127.0.0.1), EMULATOR_SEED, EMULATOR_LINK_STYLE
 * (mixed | relative | v1), EMULATOR_LIVE_FORMS and EMULATOR_TEST_MODE (1/true),
 * EMULATOR_POLLING_COMPLETES_AFTER ("3" polls or "30s"), EMULATOR_UPLOAD_STEP_MS (2000; 0 finishes
 * uploads at once).
 */
const envSchema = z.object({
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4281),
  EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  EMULATOR_SEED: z.coerce.number().int().default(defaultSeed),
  EMULATOR_LINK_STYLE: z.enum(['mixed', 'relative', 'v1']).default('mixed'),
  EMULATOR_LIVE_FORMS: onOff,
  EMULATOR_TEST_MODE: onOff,
  EMULATOR_POLLING_COMPLETES_AFTER: z
    .string()
    .regex(/^\d+s?$/, 'a number of polls ("3") or of seconds ("30s")')
    .default('3')
    .transform((value) =>
      value.endsWith('s') ? { seconds: Number(value.slice(0, -1)) } : { requests: Number(value) },
    ),
  EMULATOR_UPLOAD_STEP_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_600_000)
    .default(defaultUploadStepMs),
});

export type EmulatorSettings = Required<
  Pick<
    PartnerCenterEmulatorOptions,
    | 'port'
    | 'host'
    | 'seed'
    | 'linkStyle'
    | 'liveForms'
    | 'testMode'
    | 'pollingCompletesAfter'
    | 'uploadStepMs'
  >
>;

export function readEmulatorEnv(env: NodeJS.ProcessEnv): EmulatorSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid emulator settings:\n  ${problems.join('\n  ')}`);
  }
  const settings = parsed.data;
  return {
    port: settings.EMULATOR_PORT,
    host: settings.EMULATOR_HOST,
    seed: settings.EMULATOR_SEED,
    linkStyle: settings.EMULATOR_LINK_STYLE,
    liveForms: settings.EMULATOR_LIVE_FORMS,
    testMode: settings.EMULATOR_TEST_MODE,
    pollingCompletesAfter: settings.EMULATOR_POLLING_COMPLETES_AFTER,
    uploadStepMs: settings.EMULATOR_UPLOAD_STEP_MS,
  };
}
