/**
 * The sign-in page: one button per demo account (with what the account may do), a field for typing
 * a username, and Cancel, which answers the app with `access_denied`. No passwords: this provider
 * only ever runs on a developer's machine.
 */
import { demoAccounts } from './demo-accounts';
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

export function signInPage({ action, username = '', error }: SignInPageOptions): Page {
  const formAction = escapeHtml(action);
  const accounts = demoAccounts
    .map(
      (account, index) => `          <li>
            <button type="submit" name="username" value="${escapeHtml(account.username)}" aria-describedby="account-${index}">Sign in as ${escapeHtml(account.name)}</button>
            <p class="hint" id="account-${index}">${escapeHtml(account.username)}. ${escapeHtml(account.description)}</p>
          </li>`,
    )
    .join('\n');
  const errorText =
    error === undefined
      ? ''
      : `\n        <p class="error" id="username-error" role="alert">${escapeHtml(error)}</p>`;
  const invalid =
    error === undefined ? '' : ' aria-invalid="true" aria-describedby="username-error"';

  return {
    title: 'Sign in',
    main: `      <p class="eyebrow">Contoso partner tenant (local)</p>
      <h1>Sign in</h1>
      <p>to continue to ${escapeHtml(dashboardClientName)}. This local stand-in for Microsoft Entra ID needs no password.</p>
      <h2 id="demo-accounts">Demo accounts</h2>
      <form method="post" action="${formAction}">
        <ul class="accounts" aria-labelledby="demo-accounts">
${accounts}
        </ul>
      </form>
      <h2>Sign in with a username</h2>
      <form method="post" action="${formAction}">${errorText}
        <label for="username">Username</label>
        <input id="username" name="username" type="email" autocomplete="username" spellcheck="false" required value="${escapeHtml(username)}"${invalid} />
        <button type="submit">Sign in</button>
      </form>
      <form class="actions" method="post" action="${formAction}/cancel">
        <button type="submit" class="secondary">Cancel</button>
      </form>`,
  };
}
