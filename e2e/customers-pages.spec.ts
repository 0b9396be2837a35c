import type { Page } from '@playwright/test';
import {
  contosoCustomers,
  customerHiddenFromSalesAgent,
  customerWithManyBatches,
  internationalCustomers,
} from '../emulator/seed/named-customers';
import { expectNoAxeViolations } from './support/axe';
import { accounts } from './support/accounts';
import { clearFaults, injectFault } from './support/emulator';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;
const batchesOf = (customerId: string) => `/customers/${customerId}/device-batches`;
/** The device batches page below the customer header: its own team's tests scan it. */

/** Every request the page sends to the Partner Center API (through the same-origin proxy). */
function recordApiRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/partner-center/')) {
      urls.push(request.url());
    }
  });
  return urls;
}

test.describe('a customer page', () => {
  test('names the customer in its header, with the tenant id and a link to copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSignedIn(page, batchesOf(northwind.id), accounts.admin);

    const header = page.getByRole('region', { name: northwind.companyName });
    await expect(header).toContainText(`${northwind.domainLabel}.onmicrosoft.com`);
    await expect(header).toContainText('Reseller');
    await expect(header).toContainText(northwind.id);
    await expectNoAxeViolations(page);

    await header.getByRole('button', { name: 'Copy link' }).click();
    await expect(header.getByRole('button', { name: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('shows the tenant id at once while the customer’s name loads', async ({ page, request }) => {
    const { societeGenerale } = internationalCustomers;
    const scope = 'customers-pages-loading';
    // Both the customer and its batches wait, so the loading header stays long enough to scan.
    await injectFault(request, scope, {
      pathPattern: `/v1/customers/${societeGenerale.id}`,
      kind: 'latency',
      latencyMs: 6000,
      times: 4,
    });
    try {
      await openSignedIn(page, batchesOf(societeGenerale.id), accounts.admin);
      const loading = page.getByRole('region', { name: 'Loading customer…' });
      await expect(loading).toContainText(societeGenerale.id);
      await expectNoAxeViolations(page);
      await expect(page.getByRole('region', { name: societeGenerale.companyName })).toBeVisible();
    } finally {
      await clearFaults(request, scope);
    }
  });

  test('switches customer from the header', async ({ page }) => {
    const { contosoPharmaceuticals } = contosoCustomers;
    await openSignedIn(page, batchesOf(northwind.id), accounts.admin);
    await expect(page.getByRole('region', { name: northwind.companyName })).toBeVisible();

    await page.getByRole('button', { name: 'Switch customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Switch customer' });
    await expect(
      dialog.getByRole('list', { name: 'Recent customers' }).getByRole('link'),
    ).toHaveText([northwind.companyName]);
    await dialog.getByRole('searchbox', { name: 'Search customers' }).fill('contoso-ph');
    await expect(dialog.getByText('1 customer matches “contoso-ph”.')).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('link', { name: contosoPharmaceuticals.companyName }).click();

    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(batchesOf(contosoPharmaceuticals.id));
    await expect(
      page.getByRole('region', { name: contosoPharmaceuticals.companyName }),
    ).toContainText('Advisor');
  });
});

test.describe('a customer link that cannot be shown', () => {
  test.use({ allowedConsoleErrors: [/the server responded with a status of 40[34]/] });

  test('with a malformed id says so, without asking Partner Center', async ({ page }) => {
    const apiRequests = recordApiRequests(page);
    await openSignedIn(page, '/customers/not-a-tenant-id/device-batches', accounts.admin);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This link does not hold a valid customer id');
    await expect(alert).toContainText('not-a-tenant-id');
    await expectNoAxeViolations(page);
    expect(apiRequests).toEqual([]);

    await alert.getByRole('link', { name: 'Pick a customer' }).click();
    await expect(page).toHaveURL('/customers');
  });

  test('with an unknown id says the customer was not found, with the ids for support', async ({
    page,
  }) => {
    await openSignedIn(page, batchesOf('00000000-0000-4000-8000-000000000000'), accounts.admin);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'Customer not found, or no relationship with your organisation',
    );
    await expect(alert).toContainText('Partner Center code: 60003');
    await expect(alert).toContainText(/Request id: [0-9a-f-]{36}/);
    await expect(alert).toContainText(/Correlation id: [0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { name: 'Device batches' })).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test('of a customer the sales agent is not assigned says there is no access', async ({
    page,
  }) => {
    await openSignedIn(page, batchesOf(customerHiddenFromSalesAgent.id), accounts.sales);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('No access to this customer');
    await expect(alert).toContainText('Partner Center code: 20002');
    await expectNoAxeViolations(page);
  });
});
