/**
 * Where the local identity provider answers: Microsoft Entra ID's v2 paths for the partner tenant,
 * so the dashboard's MSAL configuration differs from a real tenant's only by host.
 */
import { partnerTenantId } from './demo-accounts';

const tenant = `/${partnerTenantId}`;

export const entraPaths = {
  /** The authority's path: MSAL adds `v2.0/` (and the rest) itself. */
  tenant,
  /** The issuer's path: tokens carry `{origin}/{tenant}/v2.0` as `iss`. */
  issuer: `${tenant}/v2.0`,
  discovery: `${tenant}/v2.0/.well-known/openid-configuration`,
  authorize: `${tenant}/oauth2/v2.0/authorize`,
  token: `${tenant}/oauth2/v2.0/token`,
  logout: `${tenant}/oauth2/v2.0/logout`,
  keys: `${tenant}/discovery/v2.0/keys`,
  /** The sign-in page of one authorization request: `{signIn}/{uid}` (not an Entra path). */
  signIn: `${tenant}/oauth2/v2.0/sign-in`,
  /** Stylesheet and script of the provider's own pages. */
  assets: '/assets',
} as const;

/** The resource the dashboard asks tokens for: the Partner Center API. */
export const partnerCenterResource = 'https://api.partnercenter.microsoft.com';

/** The one delegated permission of the Partner Center API, as the token's `scp` names it. */
export const partnerCenterPermission = 'user_impersonation';

/** The scope MSAL requests for it (resource + permission, as with Entra ID). */
export const partnerCenterScope = `${partnerCenterResource}/${partnerCenterPermission}`;
