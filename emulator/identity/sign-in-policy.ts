/**
 * When the provider sends the user to its sign-in page: oidc-provider's default policy (no session,
 * `prompt=login`, `max_age`, …) plus two rules of Entra ID:
 * - `prompt=select_account` shows the account picker even with a session (switch account);
 * - a `login_hint` naming another account than the signed-in one asks for that account, so
 *   single sign-on never answers for the wrong user (with `prompt=none`: `login_required`).
 */
import { interactionPolicy, type ProviderContext } from 'oidc-provider';
import { findDemoAccountByUsername } from './accounts';

const { Check, Prompt, base } = interactionPolicy;

export function signInPolicy(): interactionPolicy.Policy {
  const policy = base();
  policy.add(new Prompt({ name: 'select_account', requestable: true }), 0);
  policy
    .get('login')
    ?.checks.add(
      new Check(
        'login_hint_other_account',
        'login_hint names another account than the signed-in one',
        'login_required',
        hintsAtAnotherAccount,
      ),
    );
  return policy;
}

function hintsAtAnotherAccount(ctx: ProviderContext): boolean {
  const { params, session, result } = ctx.oidc;
  if (params.login_hint === undefined || session.accountId === undefined || result?.login) {
    return false;
  }
  const hinted = findDemoAccountByUsername(params.login_hint);
  return hinted !== undefined && hinted.oid !== session.accountId;
}
