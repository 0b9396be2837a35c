/**
 * The demo accounts of the local identity provider, and what Partner Center lets each of them do.
 *
 * The identity provider shows them on its sign-in page and issues their tokens; the Partner Center
 * emulator looks up an account's role by the token's `oid`, the way the real service resolves a
 * user's Partner Center roles on its side (the role is not a claim in the access token). The ID
 * token's `groups` claim names the role's security group (`partner-groups.ts`), as Entra ID's does
 * for an app registration that asks for security groups.
 */
export type PartnerRole = 'admin-agent' | 'sales-agent' | 'none';

export interface DemoAccount {
  /** Object id in the partner tenant (the token's `oid`). */
  readonly oid: string;
  readonly name: string;
  /** The sign-in name (the token's `preferred_username`). */
  readonly username: string;
  readonly role: PartnerRole;
  /** Access token lifetime; the short-lived account exercises silent renewal. */
  readonly accessTokenLifetimeSeconds: number;
  /** The account's role in words, as the sign-in page's card and `npm start` show it. */
  readonly roleLabel: string;
  /** What signing in as the account shows (README.md, "Demo accounts"). */
  readonly description: string;
}

/** The partner's own tenant: the `tid` of every token. */
export const partnerTenantId = '5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f';

export const demoAccounts: readonly DemoAccount[] = [
  {
    oid: '0c8a4f2e-1b3d-4e5f-8a9b-1c2d3e4f5a61',
    name: 'Adele Vance',
    username: 'adele.vance@contoso-partner.example',
    role: 'admin-agent',
    accessTokenLifetimeSeconds: 3600,
    roleLabel: 'Admin agent',
    description: 'Sees every customer.',
  },
  {
    oid: '1d9b5a3f-2c4e-4f6a-9b8c-2d3e4f5a6b72',
    name: 'Bram de Vries',
    username: 'bram.devries@contoso-partner.example',
    role: 'sales-agent',
    accessTokenLifetimeSeconds: 3600,
    roleLabel: 'Sales agent',
    description: 'Sees the customers assigned to the sales team.',
  },
  {
    oid: '2e0c6b4a-3d5f-4a7b-8c9d-3e4f5a6b7c83',
    name: 'Chris Green',
    username: 'chris.green@contoso-partner.example',
    role: 'none',
    accessTokenLifetimeSeconds: 3600,
    roleLabel: 'No Partner Center role',
    description: 'The API answers 403, and the dashboard says which role is needed.',
  },
  {
    oid: '3f1d7c5b-4e6a-4b8c-9d0e-4f5a6b7c8d94',
    name: 'Dana Kim',
    username: 'dana.kim@contoso-partner.example',
    role: 'admin-agent',
    accessTokenLifetimeSeconds: 45,
    roleLabel: 'Admin agent, short-lived tokens',
    description: 'Access tokens expire after 45 seconds; renewal happens silently.',
  },
];

export function findDemoAccount(oid: string): DemoAccount | undefined {
  return demoAccounts.find((account) => account.oid === oid);
}
