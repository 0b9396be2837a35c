/**
 * Access tokens for the Partner Center API, shaped like Entra ID's: an RS256 JWT with `typ: JWT`,
 * `aud` the API, `scp` the permission, and the user's `oid`, `tid`, `name` and
 * `preferred_username`.
 *
 * MSAL never sends a `resource` parameter (Entra ID reads the resource from the scope), so the
 * resource indicator is derived from the requested scope and then kept with the grant.
 */
import { errors, type AccessToken, type JwtParts, type ProviderContext } from 'oidc-provider';
import { identityClaims } from './accounts';
import { findDemoAccount, type DemoAccount } from './demo-accounts';
import { partnerCenterResource, partnerCenterScope } from './entra-paths';

const defaultAccessTokenLifetimeSeconds = 3600;

/** `features.resourceIndicators.defaultResource`: the API when one of its scopes is requested. */
export function defaultResource(ctx: ProviderContext): string | undefined {
  const scopes = ctx.oidc.params.scope?.split(' ') ?? [];
  return scopes.includes(partnerCenterScope) ? partnerCenterResource : undefined;
}

/** `features.resourceIndicators.getResourceServerInfo`: the Partner Center API is the only one. */
export function getResourceServerInfo(_ctx: ProviderContext, resource: string) {
  if (resource !== partnerCenterResource) throw new errors.InvalidTarget();
  return {
    scope: partnerCenterScope,
    audience: partnerCenterResource,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  } as const;
}

/** `ttl.AccessToken`: each demo account has its own lifetime (one expires after 45 seconds). */
export function accessTokenLifetime(_ctx: ProviderContext, token: AccessToken): number {
  return accountOf(token)?.accessTokenLifetimeSeconds ?? defaultAccessTokenLifetimeSeconds;
}

/**
 * `formats.customizers.jwt`: Entra ID's header and claim names. `scp` holds the permissions without
 * the resource prefix, `azp` the client; `nbf` equals `iat`.
 */
export function customizeAccessToken(
  _ctx: ProviderContext,
  token: AccessToken,
  jwt: JwtParts,
): void {
  const account = accountOf(token);
  const { scope, client_id: clientId, ...payload } = jwt.payload;
  const permissions = typeof scope === 'string' ? scope.split(' ') : [];
  jwt.header = { typ: 'JWT' };
  jwt.payload = {
    ...payload,
    nbf: payload.iat,
    scp: permissions
      .map((permission) => permission.replace(`${partnerCenterResource}/`, ''))
      .join(' '),
    azp: clientId,
    ...(account === undefined ? {} : identityClaims(account)),
  };
}

function accountOf(token: AccessToken): DemoAccount | undefined {
  return token.accountId === undefined ? undefined : findDemoAccount(token.accountId);
}
