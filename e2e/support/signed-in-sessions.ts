import type { BrowserContext, Page } from '@playwright/test';
import type { DemoAccount } from '../../emulator/identity/demo-accounts';

/**
 * What a real sign-in left in the browser: the cookies (the identity provider's session) and the
 * dashboard's sessionStorage, where MSAL keeps its account and tokens. Playwright's storageState
 * does not carry sessionStorage, so it is put back by an init script, as Playwright's
 * authentication guide suggests. Kept per worker process, so each worker signs in once per account.
 */
interface SignedInSession {
  readonly cookies: Awaited<ReturnType<BrowserContext['cookies']>>;
  readonly origin: string;
  readonly sessionStorage: readonly (readonly [string, string])[];
}

const sessions = new Map<string, SignedInSession>();

/** Marks a tab whose sessionStorage was restored, so a reload or sign-out does not restore it again. */
const restoredMarker = 'e2e.session-restored';

/** Keeps what the page's sign-in left, right after it, for the worker's later tests. */
export async function saveSignedInSession(page: Page, account: DemoAccount): Promise<void> {
  const origin = new URL(page.url()).origin;
  const sessionStorage = await page.evaluate(() => Object.entries(window.sessionStorage));
  sessions.set(account.username, {
    cookies: await page.context().cookies(),
    origin,
    sessionStorage,
  });
}

/**
 * Puts a saved session into the page before its first load; false when this worker has none for
 * the account yet. The tokens are the provider's own, unexpired (an hour), so the API verifies them
 * as it verifies any.
 */
export async function restoreSignedInSession(page: Page, account: DemoAccount): Promise<boolean> {
  const saved = sessions.get(account.username);
  if (!saved) return false;
  await page.context().addCookies(saved.cookies);
  await page.addInitScript(
    ({ origin, entries, marker }) => {
      if (window.location.origin !== origin || window.sessionStorage.getItem(marker)) return;
      window.sessionStorage.setItem(marker, '1');
      for (const [key, value] of entries) window.sessionStorage.setItem(key, value);
    },
    { origin: saved.origin, entries: saved.sessionStorage, marker: restoredMarker },
  );
  return true;
}
