import { manyBatches } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { expectNoAxeViolations } from './support/axe';
import { accounts } from './support/accounts';
import {
  closeHeaderMenu,
  expectNoHorizontalScroll,
  openHeaderMenu,
  openSignedInNarrow,
  phoneViewport,
} from './support/narrow-screen';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;
const testBatch = manyBatches.testBatch;

test.use({ viewport: phoneViewport });

test.describe('on a phone', () => {
  test('signs in, picks a customer, opens a batch and signs out, every control in reach', async ({
    page,
  }) => {
    await openSignedInNarrow(page, '/customers');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'All customers' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // The header's controls, all in its menu: language, theme, presenter mode, the account.
    let menu = await openHeaderMenu(page);
    for (const name of [
      'English',
      'Nederlands',
      'Switch to dark theme',
      'Start presenter mode',
      'Switch account',
      'Sign out',
    ]) {
      await expect(menu.getByRole('menuitem', { name })).toBeVisible();
    }
    await expect(menu).toContainText(accounts.admin.username);
    await expectNoAxeViolations(page);
    await menu.getByRole('menuitem', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    menu = await openHeaderMenu(page);
    await menu.getByRole('menuitem', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { name: 'Klanten', exact: true })).toBeVisible();
    menu = await openHeaderMenu(page);
    await menu.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();

    // Pick a customer.
    await main.getByRole('searchbox', { name: 'Search customers' }).fill('northwind');
    await main.getByRole('link', { name: northwind.companyName, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname.endsWith('/device-batches'));
    const batches = page.getByRole('table', { name: 'Device batches' });
    await expect(batches).toBeVisible();
    await expect(page.getByRole('region', { name: northwind.companyName })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // Presenter mode, started and left from the menu; the header says it is on meanwhile.
    menu = await openHeaderMenu(page);
    await menu.getByRole('menuitem', { name: 'Start presenter mode' }).click();
    await expect(page.getByRole('banner')).toContainText('Presenter mode');
    await expectNoHorizontalScroll(page);
    menu = await openHeaderMenu(page);
    await menu.getByRole('menuitem', { name: 'Leave presenter mode' }).click();
    await page
      .getByRole('dialog', { name: 'Leave presenter mode?' })
      .getByRole('button', { name: 'Leave presenter mode' })
      .click();
    await expect(page.getByRole('banner')).not.toContainText('Presenter mode');

    // Open a batch.
    await batches.getByRole('link', { name: new RegExp(`devices? in ${testBatch.id}$`) }).click();
    await expect(page.getByRole('heading', { name: testBatch.id, level: 2 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('table')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // Sign out, from the menu too; the address comes back clean, without MSAL's `?state=`.
    menu = await openHeaderMenu(page);
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '');
    menu = await openHeaderMenu(page);
    await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toHaveCount(0);
    await closeHeaderMenu(page);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
