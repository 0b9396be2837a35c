import { describe, expect, it } from 'vitest';
import { defaultSeed } from '../seed/seed-catalogue';
import { readEmulatorEnv } from './emulator-env';

describe('readEmulatorEnv', () => {
  it('has defaults for everything', () => {
    expect(readEmulatorEnv({})).toEqual({
      port: 4281,
      host: '127.0.0.1',
      seed: defaultSeed,
      linkStyle: 'mixed',
      liveForms: false,
      testMode: false,
      pollingCompletesAfter: { requests: 3 },
      uploadStepMs: 2000,
    });
  });

  it('reads every setting', () => {
    expect(
      readEmulatorEnv({
        EMULATOR_PORT: '0',
        EMULATOR_HOST: 'localhost',
        EMULATOR_SEED: '42',
        EMULATOR_LINK_STYLE: 'v1',
        EMULATOR_LIVE_FORMS: 'true',
        EMULATOR_TEST_MODE: '1',
        EMULATOR_POLLING_COMPLETES_AFTER: '20s',
        EMULATOR_UPLOAD_STEP_MS: '0',
      }),
    ).toEqual({
      port: 0,
      host: 'localhost',
      seed: 42,
      linkStyle: 'v1',
      liveForms: true,
      testMode: true,
      pollingCompletesAfter: { seconds: 20 },
      uploadStepMs: 0,
    });
  });

  it('names every invalid setting in one error', () => {
    expect(() =>
      readEmulatorEnv({
        EMULATOR_PORT: 'http',
        EMULATOR_LINK_STYLE: 'absolute',
        EMULATOR_LIVE_FORMS: 'on',
        EMULATOR_TEST_MODE: 'yes',
        EMULATOR_UPLOAD_STEP_MS: '-1',
      }),
    ).toThrow(
      /EMULATOR_PORT[\s\S]*EMULATOR_LINK_STYLE[\s\S]*EMULATOR_LIVE_FORMS[\s\S]*EMULATOR_TEST_MODE[\s\S]*EMULATOR_UPLOAD_STEP_MS/,
    );
  });
});
