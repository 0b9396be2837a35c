import { defineConfig, devices } from '@playwright/test';
import { expectTimeoutMs } from './e2e/support/timeouts';
import { uploadStepMs } from './e2e/support/upload-timing';
import { e2eDistDir, e2ePorts } from './e2e/support/e2e-ports';
import { chromiumArgs, chromiumPath } from './scripts/debian-chromium';

/**
 * End-to-end journeys in Debian's Chromium against the real local servers (identity provider,
 * Partner Center emulator in test mode, and the dashboard's own server), started the way `npm start`
 * starts them. Nothing is stubbed: MSAL signs in through real redirects.
 */
export default defineConfig({
  testDir: './e2e',
  // Runs on other E2E_PORT_BASE values (side by side in one checkout) keep their own results.
  outputDir:
    e2ePorts.dashboard === 4290 ? 'test-results' : `.local/test-results-${e2ePorts.dashboard}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: expectTimeoutMs },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${e2ePorts.dashboard}`,
    // A trace records every action's DOM: it doubled the suite's time on 2 cores. A failure still
    // leaves a screenshot and the page's accessibility snapshot; E2E_TRACE=1 records traces again.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'Europe/Amsterdam',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [...chromiumArgs],
        },
      },
    },
  ],
  webServer: {
    command: 'npm start',
    url: `http://localhost:${e2ePorts.dashboard}/config.json`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DASHBOARD_PORT: String(e2ePorts.dashboard),
      EMULATOR_PORT: String(e2ePorts.partnerCenter),
      IDP_PORT: String(e2ePorts.identityProvider),
      EMULATOR_TEST_MODE: '1',
      // Uploads finish in three quick steps; e2e/support/upload-timing.ts derives the waits from it.
      EMULATOR_UPLOAD_STEP_MS: String(uploadStepMs),
      DIST_DIR: e2eDistDir,
    },
  },
});
