import type { Page } from '@playwright/test';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { accounts } from './support/accounts';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const batchesOf = (customerId: string) => `/customers/${customerId}/device-batches`;
const batchTable = (page: Page) => page.getByRole('table', { name: 'Device batches' });

// The one test that waits out a real token lifetime (45 s): in a file of its own whose name sorts
// first, so it starts while the other worker has the rest of the suite to run.
test.describe('access token renewal', () => {
  test('the short-lived account keeps working past its token’s expiry', async ({ page }) => {
    test.slow(); // its tokens live 45 seconds, and the test outlives one
    const tokens: string[] = [];
    page.on('request', (request) => {
      const authorization = request.headers().authorization;
      if (authorization && request.url().includes('/deviceBatches')) tokens.push(authorization);
    });
    const path = batchesOf(customerWithManyBatches.id);
    await openSignedIn(page, path, accounts.shortLived);
    await expect(batchTable(page).getByRole('row')).toHaveCount(13);

    // Wait, by the browser's own clock, until the access token MSAL holds has expired.
    const expiresOn = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((name) => name.includes('accesstoken'));
      const raw = key === undefined ? null : sessionStorage.getItem(key);
      return raw === null ? 0 : Number((JSON.parse(raw) as { expiresOn: string }).expiresOn);
    });
    expect(expiresOn).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => Math.floor(Date.now() / 1000)), {
        timeout: 60_000,
        intervals: [1_000],
      })
      .toBeGreaterThan(expiresOn);

    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => new Set(tokens).size).toBeGreaterThan(1);
    await expect(page).toHaveURL((url) => url.pathname === path);
    await expect(batchTable(page).getByRole('row')).toHaveCount(13);
    await expect(page.getByRole('alert')).toBeHidden();
  });
});
