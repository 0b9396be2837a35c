/**
 * The pages oidc-provider asks its host to render: sign-out (confirmed automatically, as MSAL's
 * `logoutRedirect` expects to come straight back), signed out, and errors it cannot send back to
 * the app.
 */
import type { ErrorOut, KoaContext, ProviderContext } from 'oidc-provider';
import { escapeHtml, sendPage } from './html-page';

/**
 * `features.rpInitiatedLogout.logoutSource`. `form` is the provider's confirmation form; the page's
 * script submits it with `logout=yes` (sign out of the provider too), or the user clicks.
 */
export function autoConfirmSignOut(ctx: ProviderContext, form: string): void {
  sendPage(ctx, 200, {
    title: 'Signing out',
    autoSubmit: true,
    main: `        <h1>Signing out</h1>
        <p>You are being signed out of the local identity provider.</p>
        ${form}
        <button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary" data-auto-submit>Sign out</button>`,
  });
}

/** `features.rpInitiatedLogout.postLogoutSuccessSource`: sign-out without a way back to the app. */
export function signedOutPage(ctx: ProviderContext): void {
  sendPage(ctx, 200, {
    title: 'Signed out',
    main: `        <h1>You signed out</h1>
        <p>You can close this window.</p>`,
  });
}

/** `renderError`: a request the provider could not send back to the app (bad client, expired …). */
export function errorPage(ctx: ProviderContext, out: ErrorOut): void {
  problemPage(ctx, ctx.status, out.error_description ?? out.error);
}

/** A page about a sign-in that cannot go on, with the provider's reason. */
export function problemPage(ctx: KoaContext, status: number, reason: string): void {
  sendPage(ctx, status, {
    title: 'Sign-in problem',
    main: `        <h1>Sign-in problem</h1>
        <p>${escapeHtml(reason)}</p>
        <p>Go back to the app and sign in again.</p>`,
  });
}
