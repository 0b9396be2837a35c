import {
  contosoCustomers,
  customerHiddenFromSalesAgent,
  customerWithManyBatches,
} from '../emulator/seed/named-customers';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { clearFaults, injectFault } from './support/emulator';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const { contoso, contosoBank, contosoPharmaceuticals, fabrikamContosoServices } = contosoCustomers;

test.describe('searching customers', () => {
  test('narrows as you type, by company name or domain, survives a reload, and clears', async ({
    page,
  }) => {
    await openSignedIn(page, '/customers', accounts.admin);
    const search = page.getByRole('searchbox', { name: 'Search customers' });
    const allCustomers = page.getByRole('list', { name: 'All customers' });
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(
      page.getByText('Showing the first 100 customers. More are available.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await search.pressSequentially('contoso');
    // "Fabrikam Contoso Services" is found by its domain, contoso-services.eu.
    await expect(results.getByRole('link')).toHaveText([
      contoso.companyName,
      contosoBank.companyName,
      contosoPharmaceuticals.companyName,
      fabrikamContosoServices.companyName,
    ]);
    await expect(page.getByText('4 customers match “contoso”.')).toBeVisible();
    await expect(page).toHaveURL(/\/customers\?q=contoso$/);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(search).toHaveValue('contoso');
    await expect(results.getByRole('link')).toHaveCount(4);

    await search.fill('northwind.n');
    await expect(results.getByRole('link')).toHaveText([customerWithManyBatches.companyName]);

    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(page).toHaveURL(/\/customers$/);
    await expect(allCustomers.getByRole('link')).toHaveCount(100);
  });

  test('shows a loading state shaped like the list while customers load', async ({
    page,
    request,
  }, testInfo) => {
    // The emulator answers the customer list (the whole path, not one customer) slowly for a while.
    const scope = `customers-loading-${testInfo.testId}`;
    await injectFault(request, scope, {
      pathPattern: '*/v1/customers',
      kind: 'latency',
      latencyMs: 4_000,
      times: 5,
    });
    try {
      await openSignedIn(page, '/customers', accounts.admin);
      await expect(
        page.getByRole('status').filter({ hasText: 'Loading customers…' }),
      ).toBeVisible();
      await expectNoAxeViolations(page);
      await expect(
        page.getByText('Showing the first 100 customers. More are available.'),
      ).toBeVisible();
    } finally {
      await clearFaults(request, scope);
    }
  });

  test('says when no customer matches, with a way back', async ({ page }) => {
    await openSignedIn(page, '/customers?q=wind', accounts.admin);

    await expect(page.getByRole('heading', { name: 'No customer matches “wind”' })).toBeVisible();
    await expect(page.getByText(/looks at the start of company names and domains/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('status').getByRole('button', { name: 'Clear search' }).click();
    await expect(page.getByRole('list', { name: 'All customers' })).toBeVisible();
  });

  test('shows each customer’s name, domain, copyable tenant id and relationship', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSignedIn(page, '/customers?q=contoso%20ph', accounts.admin);
    const row = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('listitem')
      .filter({ hasText: contosoPharmaceuticals.companyName });

    await expect(row.getByRole('link', { name: contosoPharmaceuticals.companyName })).toBeVisible();
    await expect(row).toContainText(`${contosoPharmaceuticals.domainLabel}.onmicrosoft.com`);
    await expect(row).toContainText(contosoPharmaceuticals.id);
    await expect(row).toContainText('Advisor');

    await row.getByRole('button', { name: 'Copy tenant id of Contoso Pharmaceuticals' }).click();
    await expect(row.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      contosoPharmaceuticals.id,
    );
  });

  test('finds only the customers a sales agent may see', async ({ page }) => {
    const hidden = customerHiddenFromSalesAgent.companyName;
    await openSignedIn(page, '/customers', accounts.sales);
    await page.getByRole('searchbox', { name: 'Search customers' }).fill(hidden);

    await expect(
      page.getByRole('heading', { name: `No customer matches “${hidden}”` }),
    ).toBeVisible();
  });
});
