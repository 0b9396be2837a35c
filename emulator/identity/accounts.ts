/**
 * The demo accounts as the provider sees them: the account id is the user's object id (`oid`), and
 * ID tokens carry the claims MSAL builds its account from, plus the user's security groups.
 */
import type { Account, ProviderContext } from 'oidc-provider';
import { demoAccounts, findDemoAccount, partnerTenantId, type DemoAccount } from './demo-accounts';
import { partnerGroupIds } from './partner-groups';

/** Sign-in names are compared as Entra ID does: case-insensitively. */
export function findDemoAccountByUsername(username: string): DemoAccount | undefined {
  const wanted = username.trim().toLowerCase();
  return demoAccounts.find((account) => account.username.toLowerCase() === wanted);
}

/** The identity claims of an account, as both its ID and access tokens carry them. */
export function identityClaims(account: DemoAccount) {
  return {
    oid: account.oid,
    tid: partnerTenantId,
    name: account.name,
    preferred_username: account.username,
    ver: '2.0',
  } as const;
}

/**
 * oidc-provider's `findAccount`: only the demo accounts exist. Their ID tokens carry `groups`, the
 * object ids of their security groups, as Entra ID's do when the app registration's
 * `groupMembershipClaims` is `SecurityGroup` (the access token, shaped for the API, does not).
 */
export function findAccount(_ctx: ProviderContext, accountId: string): Account | undefined {
  const account = findDemoAccount(accountId);
  if (account === undefined) return undefined;
  return {
    accountId: account.oid,
    claims: () => ({
      sub: account.oid,
      ...identityClaims(account),
      groups: [...partnerGroupIds(account.role)],
    }),
  };
}
