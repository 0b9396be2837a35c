/**
 * Entra ID adds `client_info` to token responses: base64url of `{"uid": oid, "utid": tid}`. MSAL
 * builds its account ids (`{uid}.{utid}`) from it, as it would against the real service.
 */
import type { Middleware } from 'oidc-provider';
import { partnerTenantId } from './demo-accounts';

export function encodeClientInfo(oid: string): string {
  return Buffer.from(JSON.stringify({ uid: oid, utid: partnerTenantId })).toString('base64url');
}

/** Adds `client_info` to every successful token response (the account id is the user's `oid`). */
export const addClientInfo: Middleware = async (ctx, next) => {
  await next();
  const accountId = ctx.oidc?.account?.accountId;
  if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || accountId === undefined) return;
  if (typeof ctx.body !== 'object' || ctx.body === null) return;
  ctx.body = { ...ctx.body, client_info: encodeClientInfo(accountId) };
};
