/**
 * Consent is granted without asking, as when a tenant admin has consented for the organisation:
 * every authorization request's scopes and API permissions are added to the user's grant for the
 * client, so the provider never shows a consent prompt.
 */
import type { Grant, ProviderContext } from 'oidc-provider';

/** oidc-provider's `loadExistingGrant`, extended to grant whatever the request asks for. */
export async function loadGrantWithConsent(ctx: ProviderContext): Promise<Grant | undefined> {
  const { session, client, result, resourceServers, requestParamOIDCScopes, provider } = ctx.oidc;
  const { accountId } = session;
  if (accountId === undefined || client === undefined) return undefined;

  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = grantId === undefined ? undefined : await provider.Grant.find(grantId);
  const grant = existing ?? new provider.Grant({ accountId, clientId: client.clientId });

  grant.addOIDCScope(requestParamOIDCScopes);
  for (const [resource, resourceServer] of Object.entries(resourceServers)) {
    if (resourceServer.scope !== undefined) grant.addResourceScope(resource, resourceServer.scope);
  }
  await grant.save();
  return grant;
}
