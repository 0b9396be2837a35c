/**
 * Signs in once through the real local identity provider, as e2e/support/sign-in.ts does: open a
 * page that needs sign-in, choose a demo account, and wait until MSAL is back on that page. MSAL keeps
 * its cache in the tab's sessionStorage, so every later figure navigates this same tab.
 */
import type { Page } from '@playwright/test';
import { demoAccounts } from '../emulator/identity/demo-accounts';

const admin = demoAccounts.find(
  (account) => account.role === 'admin-agent' && account.accessTokenLifetimeSeconds >= 3600,
);

export async function signIn(page: Page, url: string): Promise<void> {
  if (!admin) throw new Error('the identity provider has no long-lived admin agent');
  const path = new URL(url).pathname;
  await page.goto(url);
  await page.getByRole('button', { name: `Sign in as ${admin.name}` }).click();
  await page.waitForURL((current) => current.pathname === path);
  await page.getByRole('button', { name: `Account: ${admin.name}` }).waitFor();
}
