import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { expectNoAxeViolations } from './support/axe';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;

test.describe('addresses typed or pasted by hand', () => {
  test('an upper-case tenant id is written in lower case; a malformed escape is not found', async ({
    page,
  }) => {
    await openSignedIn(page, '/customers');

    const upper = northwind.id.toUpperCase();
    await page.goto(`/customers/${upper}/device-batches?sort=name&order=asc`);
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === `/customers/${northwind.id}/device-batches` &&
        url.search === '?sort=name&order=asc',
    );
    await expect(page.getByRole('table', { name: 'Device batches' })).toBeVisible();

    // The dashboard's server refuses such a path with a 400 before the app loads, so the address
    // reaches the router the way a link inside the app would: through the History API.
    const malformed = '/customers/%E0%A4%A/device-batches';
    await page.evaluate((path) => {
      window.history.pushState(null, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, malformed);
    await expect(page.getByRole('heading', { name: 'Page not found', level: 2 })).toBeVisible();
    await expect(page.getByText(`There is no page at ${malformed}.`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Go to customers' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/customers');
    await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  });
});
