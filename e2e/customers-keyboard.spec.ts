import {
  contosoCustomers,
  customerWithManyBatches,
  customerWithoutBatches,
} from '../emulator/seed/named-customers';
import { accounts } from './support/accounts';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;
const fourthCoffee = customerWithoutBatches;
const { contosoBank } = contosoCustomers;

test('a customer can be found, pinned, opened and switched with the keyboard alone', async ({
  page,
}) => {
  await openSignedIn(page, '/customers', accounts.admin);
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await expect(page.getByText(/Showing the first 100 customers/)).toBeVisible();

  // "/" focuses the search; arrows go down into the results.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('north');
  await expect(page.getByText('1 customer matches “north”.')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: northwind.companyName })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();

  // Pin Fourth Coffee: its pin button is two tabs after its link.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('fourth');
  await expect(page.getByText('1 customer matches “fourth”.')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: `Copy tenant id of ${fourthCoffee.companyName}` }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: `Unpin ${fourthCoffee.companyName} from favourites` }),
  ).toBeFocused();

  // Enter opens the focused customer.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('northwind');
  await expect(page.getByText('1 customer matches “northwind”.')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/customers/${northwind.id}/device-batches`);
  await expect(page.getByRole('region', { name: northwind.companyName })).toBeVisible();

  // Ctrl+K opens the switcher, its favourites first; arrows and Enter switch.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Switch customer' });
  await expect(dialog.getByRole('searchbox', { name: 'Search customers' })).toBeFocused();
  await expect(dialog.getByRole('list', { name: 'Favourites' }).getByRole('link')).toHaveText([
    fourthCoffee.companyName,
  ]);
  await page.keyboard.type('contoso b');
  await expect(dialog.getByText('1 customer matches “contoso b”.')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`/customers/${contosoBank.id}/device-batches`);
  await expect(page.getByRole('region', { name: contosoBank.companyName })).toBeVisible();

  // Escape closes the switcher without leaving the page.
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`/customers/${contosoBank.id}/device-batches`);
});
