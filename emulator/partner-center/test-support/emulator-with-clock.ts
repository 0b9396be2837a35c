import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { PartnerCenterEmulatorOptions } from '../emulator-options';
import { startTestEmulator, type TestEmulator } from './test-emulator';

/**
 * One emulator for a test file's writes: in test mode, timed by a clock the tests move by hand
 * (batch jobs finish when the tests say), each test a minute after the last, and what a test's
 * writes changed forgotten after it. Registers its own hooks; call it at the top of the file.
 */
export interface EmulatorWithClock {
  /** Usable from `beforeAll` on. */
  readonly emulator: TestEmulator;
  now(): number;
  advance(ms: number): void;
}

export function useEmulatorWithClock(
  options: Omit<PartnerCenterEmulatorOptions, 'now' | 'testMode'> = {},
): EmulatorWithClock {
  let time = Date.UTC(2025, 5, 2, 8, 0, 0);
  let started: TestEmulator | undefined;
  const running = (): TestEmulator => {
    if (started === undefined) throw new Error('the emulator starts in beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startTestEmulator({ ...options, testMode: true, now: () => time });
  });
  afterAll(() => running().close());
  beforeEach(() => {
    time += 60_000;
  });
  afterEach(async () => {
    await running().request('/__emulator/uploads', { method: 'DELETE' });
  });
  return {
    emulator: {
      get url() {
        return running().url;
      },
      close: () => running().close(),
      request: (path, requestOptions) => running().request(path, requestOptions),
    },
    now: () => time,
    advance(ms) {
      time += ms;
    },
  };
}
