import type { Page } from '@playwright/test';
import type { DemoAccount } from '../emulator/identity/demo-accounts';
import {
  contosoCustomers,
  customerWithManyBatches,
  customerWithoutBatches,
  docsExampleCustomer,
} from '../emulator/seed/named-customers';
import { expectNoAxeViolations } from './support/axe';
import { accounts } from './support/accounts';
import { chooseAccount, openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;
const fourthCoffee = customerWithoutBatches;
const wingtip = docsExampleCustomer;
const { contoso } = contosoCustomers;

const recents = (page: Page) =>
  page.getByRole('list', { name: 'Recent customers' }).getByRole('link');
const favourites = (page: Page) => page.getByRole('list', { name: 'Favourites' }).getByRole('link');
const emptyHint = (page: Page) => page.getByText(/^Customers you open appear here/);

/** Opens a customer's page from the customers page, as a person would, then comes back. */
async function openCustomer(page: Page, companyName: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(companyName);
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: companyName, exact: true })
    .click();
  await expect(page.getByRole('region', { name: companyName })).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Clear search' }).click();
}

async function switchAccount(page: Page, from: DemoAccount, to: DemoAccount): Promise<void> {
  await page.getByRole('button', { name: `Account: ${from.name}` }).click();
  await page.getByRole('menuitem', { name: 'Switch account' }).click();
  await chooseAccount(page, to);
  await expect(page.getByRole('button', { name: `Account: ${to.name}` })).toBeVisible();
}

test('recents and favourites survive reloads and belong to the account that made them', async ({
  page,
}) => {
  test.slow(); // three sign-ins
  await openSignedIn(page, '/customers', accounts.admin);
  await expect(emptyHint(page)).toBeVisible();

  // Adele opens three customers (the last first among the recents) and pins one.
  await page.goto(`/customers/${northwind.id}/device-batches`);
  await expect(page.getByRole('region', { name: northwind.companyName })).toBeVisible();
  await page.goto('/customers');
  await openCustomer(page, wingtip.companyName);
  await openCustomer(page, contoso.companyName);
  await expect(recents(page)).toHaveText([
    contoso.companyName,
    wingtip.companyName,
    northwind.companyName,
  ]);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('fourth');
  await page.getByRole('button', { name: `Pin ${fourthCoffee.companyName} to favourites` }).click();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(favourites(page)).toHaveText([fourthCoffee.companyName]);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(recents(page)).toHaveText([
    contoso.companyName,
    wingtip.companyName,
    northwind.companyName,
  ]);
  await expect(favourites(page)).toHaveText([fourthCoffee.companyName]);

  // Bram, in the same browser, starts with nothing remembered and keeps his own.
  await switchAccount(page, accounts.admin, accounts.sales);
  await expect(emptyHint(page)).toBeVisible();
  await openCustomer(page, wingtip.companyName);
  await expect(recents(page)).toHaveText([wingtip.companyName]);
  await expect(page.getByRole('list', { name: 'Favourites' })).toBeHidden();

  // Back to Adele: her lists as she left them; she removes one recent and unpins her favourite.
  await switchAccount(page, accounts.sales, accounts.admin);
  await expect(recents(page)).toHaveText([
    contoso.companyName,
    wingtip.companyName,
    northwind.companyName,
  ]);
  await page
    .getByRole('button', { name: `Remove ${wingtip.companyName} from recent customers` })
    .click();
  await page
    .getByRole('list', { name: 'Favourites' })
    .getByRole('button', { name: `Unpin ${fourthCoffee.companyName} from favourites` })
    .click();
  await page.reload();
  await expect(recents(page)).toHaveText([contoso.companyName, northwind.companyName]);
  await expect(page.getByRole('list', { name: 'Favourites' })).toBeHidden();
});
