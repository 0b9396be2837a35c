/**
 * The demo accounts of the local identity provider, and what Partner Center lets each of them do.
 *
 * The identity provider shows them on its sign-in page and issues their tokens; the Partner Center
 * emulator looks up an account's role by the token's `oid`, the way the real service resolves a
 * user's Partner Center roles on its side (the role is not a claim in the token).
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
  /** What the sign-in page says about the account. */
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
    description: 'Admin agent: sees every customer.',
  },
  {
    oid: '1d9b5a3f-2c4e-4f6a-9b8c-2d3e4f5a6b72',
    name: 'Bram de Vries',
    username: 'bram.devries@contoso-partner.example',
    role: 'sales-agent',
    accessTokenLifetimeSeconds: 3600,
    description: 'Sales agent: sees the customers assigned to the sales team.',
  },
  {
    oid: '2e0c6b4a-3d5f-4a7b-8c9d-3e4f5a6b7c83',
    name: 'Chris Green',
    username: 'chris.green@contoso-partner.example',
    role: 'none',
    accessTokenLifetimeSeconds: 3600,
    description: 'No Partner Center role: the API refuses every call (403).',
  },
  {
    oid: '3f1d7c5b-4e6a-4b8c-9d0e-4f5a6b7c8d94',
    name: 'Dana Kim',
    username: 'dana.kim@contoso-partner.example',
    role: 'admin-agent',
    accessTokenLifetimeSeconds: 45,
    description: 'Admin agent whose access tokens expire after 45 seconds (exercises renewal).',
  },
];

export function findDemoAccount(oid: string): DemoAccount | undefined {
  return demoAccounts.find((account) => account.oid === oid);
}
