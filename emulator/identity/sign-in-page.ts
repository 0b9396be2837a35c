/**
 * The sign-in page, the first screen of every demo: one card per demo account (name, email, role,
 * what signing in as it shows), a field for typing a username, and Cancel, which answers the app
 * with `access_denied`. No passwords: this provider only ever runs on a developer's machine.
 *
 * Each card holds a submit button named "Sign in as {name}" (what the end-to-end suite clicks) whose
 * click area stretches over the whole card; the email, role and description beside it are the
 * button's description. The name alone is the button's visible text, so what a speech-input user
 * reads on the card is part of what the button is called.
 */
import { demoAccounts, type DemoAccount } from './demo-accounts';
import { dashboardClientName } from './dashboard-client';
import { escapeHtml, type Page } from './html-page';

export interface SignInPageOptions {
  /** Where the forms post: the sign-in path of this authorization request. */
  readonly action: string;
  /** Pre-fills the username field (the request's `login_hint`, or what was typed). */
  readonly username?: string;
  /** Why the last attempt failed, shown above the username field. */
  readonly error?: string;
}

/** "AV" for Adele Vance, "BV" for Bram de Vries. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return `${words[0]?.charAt(0) ?? ''}${words.length > 1 ? (words.at(-1)?.charAt(0) ?? '') : ''}`;
}

/** The badge's colour: by role, and apart for the account whose tokens expire quickly. */
function roleClass(account: DemoAccount): string {
  return account.accessTokenLifetimeSeconds < 300 ? 'short-lived' : account.role;
}

function accountCard(account: DemoAccount, index: number): string {
  const id = `account-${String(index)}`;
  const kind = roleClass(account);
  return `          <li class="account">
            <span class="avatar avatar-${kind}" aria-hidden="true">${escapeHtml(initials(account.name))}</span>
            <span class="account-text">
              <button type="submit" class="account-button" name="username" value="${escapeHtml(account.username)}" aria-describedby="${id}-email ${id}-role ${id}-about"><span class="visually-hidden">Sign in as </span>${escapeHtml(account.name)}</button>
              <span class="account-email" id="${id}-email">${escapeHtml(account.username)}</span>
              <span class="role role-${kind}" id="${id}-role">${escapeHtml(account.roleLabel)}</span>
              <span class="account-about" id="${id}-about">${escapeHtml(account.description)}</span>
            </span>
            <span class="chevron" aria-hidden="true">›</span>
          </li>`;
}

export function signInPage({ action, username = '', error }: SignInPageOptions): Page {
  const formAction = escapeHtml(action);
  const errorText =
    error === undefined
      ? ''
      : `\n        <p class="error" id="username-error" role="alert">${escapeHtml(error)}</p>`;
  const invalid =
    error === undefined ? '' : ' aria-invalid="true" aria-describedby="username-error"';
  const app = escapeHtml(dashboardClientName);

  return {
    title: 'Sign in',
    main: `        <h1>Sign in</h1>
        <p class="lead">Choose a demo account to continue to ${app}. No password is needed.</p>
        <h2 id="demo-accounts">Demo accounts</h2>
        <form method="post" action="${formAction}">
          <ul class="accounts" aria-labelledby="demo-accounts">
${demoAccounts.map(accountCard).join('\n')}
          </ul>
        </form>
        <h2>Or sign in with a username</h2>
        <form method="post" action="${formAction}">${errorText}
          <label for="username">Username</label>
          <div class="field-row">
            <input id="username" name="username" type="email" autocomplete="username" spellcheck="false" required value="${escapeHtml(username)}"${invalid} />
            <button type="submit" class="primary">Sign in</button>
          </div>
        </form>
        <form class="actions" method="post" action="${formAction}/cancel">
          <button type="submit" class="secondary">Cancel</button>
          <p>Returns to ${app} without signing in.</p>
        </form>`,
  };
}
