/**
 * Signs in once through the real local identity provider, with the end-to-end suite's demo account
 * and account picker: open a page that needs sign-in, choose the account, and wait until MSAL is
 * back on that page. MSAL keeps its cache in the tab's sessionStorage, so every later figure
 * navigates this same tab.
 */
import type { Page } from '@playwright/test';
import { accounts } from '../e2e/support/accounts';
import { chooseAccount } from '../e2e/support/sign-in';

export async function signIn(page: Page, url: string): Promise<void> {
  const path = new URL(url).pathname;
  await page.goto(url);
  await chooseAccount(page, accounts.admin);
  await page.waitForURL((current) => current.pathname === path);
  await page.getByRole('button', { name: `Account: ${accounts.admin.name}` }).waitFor();
}
