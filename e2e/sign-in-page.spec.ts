import { demoAccounts } from '../emulator/identity/demo-accounts';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { e2ePorts } from './support/e2e-ports';
import { expect, test } from './support/test';

/** The provider's sign-in page, reached as every demo reaches it: a deep link while signed out. */
async function openSignInPage(page: import('@playwright/test').Page): Promise<void> {
  await page.goto('/customers');
  await expect(page).toHaveURL((url) => url.port === String(e2ePorts.identityProvider));
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
}

test.describe('the local sign-in page', () => {
  test('names the dashboard and shows each demo account as a card: name, email and role', async ({
    page,
  }) => {
    await openSignInPage(page);
    await expect(page).toHaveTitle('Sign in · Zero-Touch Batches');
    await expect(page.getByRole('banner')).toContainText('Zero-Touch Batches');
    for (const account of demoAccounts) {
      const button = page.getByRole('button', { name: `Sign in as ${account.name}`, exact: true });
      const card = page.getByRole('listitem').filter({ has: button });
      await expect(button).toHaveText(`Sign in as ${account.name}`);
      await expect(card).toContainText(account.username);
      await expect(card).toContainText(account.roleLabel);
      await expect(button).toHaveAccessibleDescription(
        `${account.username} ${account.roleLabel} ${account.description}`,
      );
    }
    await expectNoAxeViolations(page);
  });

  test('is accessible in the dark scheme too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSignInPage(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 21, 23)');
    await expectNoAxeViolations(page);
  });

  test('fits a 360 px wide screen without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openSignInPage(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    // Every card and Cancel lie within the screen's width (the page scrolls down, never sideways).
    for (const control of await page.getByRole('button').all()) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, await control.innerText()).toBe(true);
    }
    await expectNoAxeViolations(page);
  });

  test('signs in from the keyboard alone, with a visible focus ring', async ({ page }) => {
    await openSignInPage(page);
    await page.keyboard.press('Tab');
    const first = page.getByRole('button', { name: `Sign in as ${accounts.admin.name}` });
    await expect(first).toBeFocused();
    // The ring goes round the whole card the button covers.
    const card = page.getByRole('listitem').filter({ has: first });
    await expect(card).toHaveCSS('outline-style', 'solid');
    await expect(card).toHaveCSS('outline-width', '3px');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: `Account: ${accounts.admin.name}` }),
    ).toBeVisible();
  });
});
