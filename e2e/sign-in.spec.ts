import { contosoCustomers, customerWithManyBatches } from '../emulator/seed/named-customers';
import { accounts } from './support/accounts';
import { e2ePorts } from './support/e2e-ports';
import { clearFaults, injectFault } from './support/emulator';
import { chooseAccount, openAfterSignIn } from './support/sign-in';
import { expect, test } from './support/test';

const batchesPath = `/customers/${customerWithManyBatches.id}/device-batches`;
const refusedCustomer = contosoCustomers.fabrikamContosoServices;

test.describe('signing in with MSAL against the local identity provider', () => {
  test('signs in from the start page and out again', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await chooseAccount(page, accounts.admin);

    await expect(page).toHaveURL(/\/customers$/);
    const accountButton = page.getByRole('button', { name: `Account: ${accounts.admin.name}` });
    await expect(accountButton).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(accounts.admin.username);

    await accountButton.click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(accountButton).toBeHidden();

    // Signed out at the provider too: the next visit asks who you are again.
    await page.goto('/customers');
    await expect(
      page.getByRole('button', { name: `Sign in as ${accounts.admin.name}` }),
    ).toBeVisible();
  });

  test('keeps no readable token in localStorage', async ({ page }) => {
    await openAfterSignIn(page, '/customers');
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).not.toMatch(/eyJ[\w-]{10,}\./); // no JWT (access or ID token)
    expect(stored.toLowerCase()).not.toContain('refreshtoken');
    expect(stored.toLowerCase()).not.toContain('refresh_token');
    // MSAL's cache lives in sessionStorage instead, gone with the tab.
    const session = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    expect(session.toLowerCase()).toContain('accesstoken');
  });

  test('brings a signed-out deep link back to exactly that URL after sign-in', async ({ page }) => {
    const deepLink = `${batchesPath}?status=finished&sort=name`;
    await page.goto(deepLink);
    await expect(page).toHaveURL((url) => url.port === String(e2ePorts.identityProvider));
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await chooseAccount(page, accounts.admin);
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === deepLink);
  });

  test('opens a bookmark in a new tab without asking for the account again', async ({
    page,
    context,
  }) => {
    await openAfterSignIn(page, '/customers');
    const secondTab = await context.newPage();
    await secondTab.goto(batchesPath);
    await expect(secondTab).toHaveURL((url) => url.pathname === batchesPath);
    await expect(
      secondTab.getByRole('button', { name: `Account: ${accounts.admin.name}` }),
    ).toBeVisible();
  });

  test('switches to another account through the provider’s account picker', async ({ page }) => {
    await openAfterSignIn(page, '/customers', accounts.admin);
    await page.getByRole('button', { name: `Account: ${accounts.admin.name}` }).click();
    await page.getByRole('menuitem', { name: 'Switch account' }).click();
    await chooseAccount(page, accounts.sales);
    await expect(
      page.getByRole('button', { name: `Account: ${accounts.sales.name}` }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/customers$/);
  });

  test('says a cancelled sign-in was cancelled, keeps the place, and never loops', async ({
    page,
  }) => {
    await page.goto(batchesPath);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled');
    await expect(page).toHaveURL((url) => url.pathname === batchesPath);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await chooseAccount(page, accounts.admin);
    await expect(page).toHaveURL((url) => url.pathname === batchesPath);
    await expect(
      page.getByRole('button', { name: `Account: ${accounts.admin.name}` }),
    ).toBeVisible();
  });

  test.describe('when the API refuses the token', () => {
    // The refused calls are failed loads that the browser logs.
    test.use({ allowedConsoleErrors: [/Failed to load resource: .* 401/] });

    test('a token the API refuses leads back through sign-in, keeping the place', async ({
      page,
      request,
    }, testInfo) => {
      const scope = `sign-in-${testInfo.testId}`;
      await openAfterSignIn(page, '/customers');
      // Refused twice: once for the token in hand and once after the silent renewal. A customer no
      // other spec injects faults for, so parallel tests are not refused too.
      await injectFault(request, scope, {
        pathPattern: `/v1/customers/${refusedCustomer.id}/deviceBatches`,
        kind: 'unauthorized',
        times: 2,
      });
      try {
        const target = `/customers/${refusedCustomer.id}/device-batches?q=wave`;
        await page.goto(target);
        // The provider still knows the user, so sign-in completes without a prompt and returns here,
        // where the batches now load with the new token.
        await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === target);
        await expect(page.getByRole('table', { name: 'Device batches' })).toBeVisible();
        await expect(
          page.getByRole('button', { name: `Account: ${accounts.admin.name}` }),
        ).toBeVisible();
      } finally {
        await clearFaults(request, scope);
      }
    });
  });
});
