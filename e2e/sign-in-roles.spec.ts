import {
  customerHiddenFromSalesAgent,
  customerWithManyBatches,
} from '../emulator/seed/named-customers';
import { accounts } from './support/accounts';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const batchesOf = (customerId: string) => `/customers/${customerId}/device-batches`;
const batchTable = (page: import('@playwright/test').Page) =>
  page.getByRole('table', { name: 'Device batches' });

// Refusals are failed loads that the browser logs.
test.use({ allowedConsoleErrors: [/Failed to load resource: .* 403/] });

test.describe('what each demo account may see', () => {
  test('an account without a Partner Center role is told which role it needs', async ({ page }) => {
    await openSignedIn(page, batchesOf(customerWithManyBatches.id), accounts.noAccess);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText('You have no access to Partner Center');
    await expect(alert).toContainText('Admin agent or Sales agent');
    await expect(alert).toContainText('HTTP status: 403');
    await expect(alert).toContainText(/Request id: [0-9a-f-]{36}/);
    await expect(alert).toContainText(/Correlation id: [0-9a-f-]{36}/);
    await expect(batchTable(page)).toBeHidden();
  });

  test('a sales agent sees assigned customers, and is told when a customer is not theirs', async ({
    page,
  }) => {
    await openSignedIn(page, batchesOf(customerWithManyBatches.id), accounts.sales);
    await expect(batchTable(page).getByRole('row')).toHaveCount(13);

    await page.goto(batchesOf(customerHiddenFromSalesAgent.id));
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText('No access to this customer');
    await expect(alert).toContainText('Partner Center code: 20002');
    await expect(batchTable(page)).toBeHidden();
  });

  test('an admin agent sees every customer', async ({ page }) => {
    await openSignedIn(page, batchesOf(customerHiddenFromSalesAgent.id), accounts.admin);
    await expect(batchTable(page)).toBeVisible();
    await expect(page.getByRole('alert')).toBeHidden();
  });

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
