import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from '../../emulator/identity/demo-accounts';
import { accounts } from './accounts';
import { chooseAccount } from './sign-in';

/** A phone held upright: below the header's breakpoint, so its controls are in one menu. */
export const phoneViewport = { width: 390, height: 844 } as const;

/** The narrow header's menu, opened; its items are then `menuitem`s of `page`. */
export async function openHeaderMenu(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  return menu;
}

/** Closes the header's menu as a keyboard user would, and waits until it is gone. */
export async function closeHeaderMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
}

/**
 * `openSignedIn` for a narrow screen: the account is not in the header there but in its menu,
 * so that is where the signed-in account is looked for.
 */
export async function openSignedInNarrow(
  page: Page,
  path: string,
  account: DemoAccount = accounts.admin,
): Promise<void> {
  await page.goto(path);
  await chooseAccount(page, account);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
  const menu = await openHeaderMenu(page);
  await expect(menu).toContainText(account.name);
  await closeHeaderMenu(page);
}

/** Fails when the page itself scrolls sideways (a table scrolling in its own box is fine). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, 'the page’s width').toBeLessThanOrEqual(clientWidth);
}
