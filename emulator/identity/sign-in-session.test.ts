import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from './demo-accounts';
import { pageAssets } from './page-assets';
import { entraPaths } from './entra-paths';
import type { IdentityProvider } from './identity-provider';
import { demoAccount } from './testing/demo-account';
import { BrowserSession, firstForm, type Arrival } from './testing/browser-session';
import {
  authorizationRequest,
  authorizationResponse,
  redeemCode,
  redirectUri,
  startTestProvider,
  type AuthorizationRequest,
} from './testing/sign-in-flow';

const adele = demoAccount('Adele Vance');
const bram = demoAccount('Bram de Vries');

let provider: IdentityProvider;
beforeAll(async () => {
  provider = await startTestProvider();
});
afterAll(() => provider.close());

function landedOnApp(arrival: Arrival): boolean {
  return `${arrival.url.origin}${arrival.url.pathname}` === redirectUri;
}

async function signedInAs(request: AuthorizationRequest, arrival: Arrival): Promise<string> {
  const code = authorizationResponse(arrival).get('code');
  if (code === null) throw new Error(`no code in ${arrival.url.href}`);
  const { access_token: accessToken } = await redeemCode(provider, code, request.codeVerifier);
  return String(decodeJwt(accessToken).oid);
}

/** A browser that has signed in as Adele. */
async function signedInBrowser(): Promise<BrowserSession> {
  const browser = new BrowserSession(provider.url);
  const arrival = await browser.open(
    authorizationRequest(provider, { login_hint: adele.username }).url,
  );
  if (!landedOnApp(arrival)) throw new Error('sign-in did not return to the app');
  return browser;
}

describe('the sign-in page', () => {
  it('is an accessible page without inline script, under a strict CSP', async () => {
    const page = await new BrowserSession(provider.url).open(authorizationRequest(provider).url);

    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('<h1>Sign in</h1>');
    expect(page.html).toContain('<label for="username">Username</label>');
    expect(page.html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(page.html).not.toMatch(/\sstyle=|<style/);
    for (const account of demoAccounts) expect(page.html).toContain(account.description);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('shows the dashboard’s name and one card per demo account: name, email and role', async () => {
    const page = await new BrowserSession(provider.url).open(authorizationRequest(provider).url);
    expect(page.html).toContain('<title>Sign in · Zero-Touch Batches</title>');
    expect(page.html).toContain('<span class="brand-name">Zero-Touch Batches</span>');
    for (const account of demoAccounts) {
      const card = new RegExp(
        `<li class="account">\\s*<span class="avatar[^"]*" aria-hidden="true">[^<]*</span>\\s*` +
          `<span class="account-text">\\s*<button type="submit" class="account-button" name="username" ` +
          `value="${account.username}" aria-describedby="([^"]+)">` +
          `<span class="visually-hidden">Sign in as </span>${account.name}</button>` +
          `[\\s\\S]*?${account.username}[\\s\\S]*?${account.roleLabel}[\\s\\S]*?</li>`,
      ).exec(page.html);
      expect(card, account.name).not.toBeNull();
      // Email, role and what the account shows are the button's description.
      for (const id of card?.[1]?.split(' ') ?? []) expect(page.html).toContain(`id="${id}"`);
    }
  });

  it('has a light and a dark look and a visible focus ring, served from its own origin', async () => {
    const css = await (await fetch(new URL(pageAssets.stylesheet, provider.url))).text();
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toMatch(/:focus-visible \{ outline: 3px solid/);
    expect(css).toContain('@media (max-width: 30rem)');
  });

  it('says so when the username is not a demo account', async () => {
    const browser = new BrowserSession(provider.url);
    const page = await browser.open(authorizationRequest(provider).url);

    const again = await browser.open(page.url, { username: 'nobody@contoso-partner.example' });

    expect(again.status).toBe(200);
    expect(again.html).toContain('role="alert"');
    expect(again.html).toContain('There is no demo account called nobody@contoso-partner.example.');
  });

  it('explains a sign-in request that is no longer pending', async () => {
    const page = await new BrowserSession(provider.url).open(`${entraPaths.signIn}/unknown`);

    expect(page.status).toBe(400);
    expect(page.html).toContain('This sign-in request has expired or was already used.');
  });

  it('is skipped for a login_hint naming a demo account, but not with prompt=login', async () => {
    const hinted = authorizationRequest(provider, { login_hint: bram.username.toUpperCase() });
    const answer = await new BrowserSession(provider.url).open(hinted.url);
    expect(await signedInAs(hinted, answer)).toBe(bram.oid);

    const forced = authorizationRequest(provider, { login_hint: bram.username, prompt: 'login' });
    const page = await new BrowserSession(provider.url).open(forced.url);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`value="${bram.username}"`);
  });
});

describe('single sign-on', () => {
  it('answers at once when the browser is already signed in', async () => {
    const browser = await signedInBrowser();
    const request = authorizationRequest(provider);

    const answer = await browser.open(request.url);

    expect(await signedInAs(request, answer)).toBe(adele.oid);
  });

  it('answers login_required to prompt=none without a session', async () => {
    const answer = await new BrowserSession(provider.url).open(
      authorizationRequest(provider, { prompt: 'none' }).url,
    );

    expect(authorizationResponse(answer).get('error')).toBe('login_required');
  });

  it('does not answer silently for another account than the login_hint names', async () => {
    const browser = await signedInBrowser();
    const request = authorizationRequest(provider, { prompt: 'none', login_hint: bram.username });

    const answer = await browser.open(request.url);

    expect(authorizationResponse(answer).get('error')).toBe('login_required');
  });

  it('shows the account picker for prompt=select_account and switches account', async () => {
    const browser = await signedInBrowser();
    const request = authorizationRequest(provider, {
      prompt: 'select_account',
      login_hint: adele.username,
    });
    const picker = await browser.open(request.url);
    expect(picker.html).toContain('Sign in as </span>Bram de Vries</button>');

    // The provider signs Adele out of its session first, through its own sign-out form.
    const signOut = await browser.open(picker.url, { username: bram.username });
    const { action, fields } = firstForm(signOut.html);
    const answer = await browser.open(action, fields);

    expect(await signedInAs(request, answer)).toBe(bram.oid);
  });
});

describe('sign-out', () => {
  it('works without client_id, as MSAL sends it, and ends the session', async () => {
    const browser = await signedInBrowser();
    const logout = new URL(entraPaths.logout, provider.url);
    logout.searchParams.set('post_logout_redirect_uri', redirectUri);
    logout.searchParams.set('state', 'after-sign-out');

    const confirmation = await browser.open(logout);
    expect(confirmation.html).toContain('data-auto-submit');
    const { action, fields } = firstForm(confirmation.html);
    const answer = await browser.open(action, { ...fields, logout: 'yes' });

    expect(landedOnApp(answer)).toBe(true);
    expect(answer.url.searchParams.get('state')).toBe('after-sign-out');
    const next = await browser.open(authorizationRequest(provider).url);
    expect(next.html).toContain('<h1>Sign in</h1>');
  });
});
