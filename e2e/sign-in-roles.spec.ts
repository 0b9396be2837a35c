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
});
