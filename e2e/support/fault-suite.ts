import type { APIRequestContext } from '@playwright/test';
import { clearFaults, injectFault, type FaultSpec } from './emulator';
import { test } from './test';

/** Which requests a suite's faults hit: a path pattern, and optionally one search's text. */
type Aim = Pick<FaultSpec, 'pathPattern' | 'queryContains'>;

/** A fault for the suite's own requests; `pathPattern` only to aim one elsewhere. */
export type SuiteFault = Omit<FaultSpec, keyof Aim> & Partial<Aim>;

/**
 * Sets up a spec file as a fault suite under `scope`: its tests run one after another (they share
 * the emulator's faults), every fault is cleared after each test, and the failed loads the faults
 * cause are expected in the console. Returns how to inject a fault, aimed by default at `aim` with
 * GET (the dashboard only reads).
 */
export function faultSuite(scope: string, aim: Aim) {
  test.describe.configure({ mode: 'serial' });
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test.afterEach(async ({ request }) => {
    await clearFaults(request, scope);
  });
  return async (request: APIRequestContext, fault: SuiteFault): Promise<void> => {
    await injectFault(request, scope, { method: 'GET', ...aim, ...fault });
  };
}
