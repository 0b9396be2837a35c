import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from '../../emulator/identity/demo-accounts';
import { accounts } from './accounts';
import { restoreSignedInSession, saveSignedInSession } from './signed-in-sessions';

/** On the identity provider's sign-in page: picks a demo account, as a person would. */
export async function chooseAccount(page: Page, account: DemoAccount): Promise<void> {
  await page.getByRole('button', { name: `Sign in as ${account.name}` }).click();
}

/** Waits until the dashboard shows `path` with `account` signed in. */
async function expectSignedInAt(page: Page, path: string, account: DemoAccount): Promise<void> {
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
  await expect(page.getByRole('button', { name: `Account: ${account.name}` })).toBeVisible();
}

/**
 * Opens a dashboard URL that needs sign-in, signs in through the real redirect flow and waits until
 * MSAL has brought the browser back to exactly that URL. For the tests of signing in and out.
 */
export async function openAfterSignIn(
  page: Page,
  path: string,
  account: DemoAccount = accounts.admin,
): Promise<void> {
  await page.goto(path);
  await chooseAccount(page, account);
  await expectSignedInAt(page, path, account);
}

/**
 * Opens a dashboard URL signed in as `account`. The first time in a worker this signs in through
 * the real redirect flow (`openAfterSignIn`); later tests in the worker start from the session that
 * sign-in left (see signed-in-sessions.ts), which saves two page loads and the provider's page per
 * test. The short-lived account always signs in afresh: its tokens would not outlive the wait.
 */
export async function openSignedIn(
  page: Page,
  path: string,
  account: DemoAccount = accounts.admin,
): Promise<void> {
  const reusable = account.accessTokenLifetimeSeconds >= 600;
  if (reusable && (await restoreSignedInSession(page, account))) {
    await page.goto(path);
    await expectSignedInAt(page, path, account);
    return;
  }
  await openAfterSignIn(page, path, account);
  if (reusable) await saveSignedInSession(page, account);
}
