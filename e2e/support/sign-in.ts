import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from '../../emulator/identity/demo-accounts';
import { accounts } from './accounts';

/** On the identity provider's sign-in page: picks a demo account, as a person would. */
export async function chooseAccount(page: Page, account: DemoAccount): Promise<void> {
  await page.getByRole('button', { name: `Sign in as ${account.name}` }).click();
}

/**
 * Opens a dashboard URL that needs sign-in, signs in through the real redirect flow and waits until
 * MSAL has brought the browser back to exactly that URL.
 */
export async function openSignedIn(
  page: Page,
  path: string,
  account: DemoAccount = accounts.admin,
): Promise<void> {
  await page.goto(path);
  await chooseAccount(page, account);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
  await expect(page.getByRole('button', { name: `Account: ${account.name}` })).toBeVisible();
}
