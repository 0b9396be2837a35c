/**
 * The one application registered with the local identity provider: the dashboard, a public
 * single-page client (no secret; PKCE proves the code's owner), as an Entra ID "SPA" platform.
 */
import type { ClientMetadata } from 'oidc-provider';

/** The dashboard's application (client) id at the local identity provider. */
export const dashboardClientId = '6b0e9a3c-2f4d-4c1e-8b7a-5d9f0e1c2a34';

/** The application's name, as the dashboard calls itself and the sign-in page shows it. */
export const dashboardClientName = 'Zero-Touch Batches';

export interface DashboardRedirects {
  /** Where sign-in answers may go, e.g. `http://localhost:4280/` and `.../redirect.html`. */
  readonly redirectUris: readonly string[];
  /** Where sign-out may return, e.g. `http://localhost:4280/`. */
  readonly postLogoutRedirectUris: readonly string[];
}

export function dashboardClient({
  redirectUris,
  postLogoutRedirectUris,
}: DashboardRedirects): ClientMetadata {
  return {
    client_id: dashboardClientId,
    client_name: dashboardClientName,
    application_type: 'web',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [...redirectUris],
    post_logout_redirect_uris: [...postLogoutRedirectUris],
  };
}

/** The origins the dashboard's token requests come from: those of its redirect URIs. */
export function redirectOrigins(redirectUris: readonly string[]): ReadonlySet<string> {
  return new Set(redirectUris.map((uri) => new URL(uri).origin));
}
