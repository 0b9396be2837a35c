/**
 * oidc-provider's configuration for an Entra ID look-alike: Entra's paths, one public SPA client,
 * code + PKCE only, refresh tokens always, JWT access tokens for the Partner Center API, consent
 * implied, and cookies that work over plain http on localhost.
 */
import { randomBytes, type JsonWebKey } from 'node:crypto';
import type { Configuration, ProviderContext } from 'oidc-provider';
import { findAccount } from './accounts';
import { loadGrantWithConsent } from './auto-consent';
import { dashboardClient, redirectOrigins, type DashboardRedirects } from './dashboard-client';
import { entraPaths } from './entra-paths';
import { createMemoryAdapter } from './memory-adapter';
import {
  accessTokenLifetime,
  customizeAccessToken,
  defaultResource,
  getResourceServerInfo,
} from './partner-center-tokens';
import { autoConfirmSignOut, errorPage, signedOutPage } from './provider-pages';
import { signInPolicy } from './sign-in-policy';

const hour = 60 * 60;
const day = 24 * hour;

export function providerConfiguration(
  redirects: DashboardRedirects,
  signingKey: JsonWebKey,
): Configuration {
  const allowedOrigins = redirectOrigins(redirects.redirectUris);
  // Cookies for localhost reach every port: distinct names, and the session cookie's path, keep
  // them apart from the apps'. Not `Secure`, as the provider is served over plain http.
  const cookie = { httpOnly: true, sameSite: 'lax' } as const;
  return {
    adapter: createMemoryAdapter(),
    clients: [dashboardClient(redirects)],
    jwks: { keys: [signingKey] },
    findAccount,
    routes: {
      authorization: entraPaths.authorize,
      token: entraPaths.token,
      jwks: entraPaths.keys,
      end_session: entraPaths.logout,
    },
    interactions: {
      policy: signInPolicy(),
      url: (_ctx, interaction) => `${entraPaths.signIn}/${interaction.uid}`,
    },
    cookies: {
      names: { session: 'idp_session', interaction: 'idp_sign_in', resume: 'idp_resume' },
      long: { ...cookie, path: `${entraPaths.tenant}/` },
      short: cookie,
      keys: [randomBytes(32).toString('base64url')],
    },
    scopes: ['openid', 'profile', 'offline_access'],
    claims: {
      // `groups` as Entra ID emits it with `groupMembershipClaims: SecurityGroup` (accounts.ts).
      openid: ['sub', 'oid', 'tid', 'ver', 'groups'],
      profile: ['name', 'preferred_username'],
    },
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    clientAuthMethods: ['none'],
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    clientBasedCORS: (_ctx, origin) => allowedOrigins.has(origin),
    issueRefreshToken: () => true,
    loadExistingGrant: loadGrantWithConsent,
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource,
        getResourceServerInfo,
        useGrantedResource: () => true,
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: autoConfirmSignOut,
        postLogoutSuccessSource: signedOutPage,
      },
    },
    formats: { customizers: { jwt: customizeAccessToken } },
    renderError: errorPage,
    ttl: {
      AccessToken: accessTokenLifetime,
      IdToken: hour,
      // As with Entra ID's single-page apps: 24 hours from sign-in, not extended by rotation.
      RefreshToken: (ctx: ProviderContext | undefined) =>
        ctx?.oidc.entities.RotatedRefreshToken?.remainingTTL ?? day,
      Grant: day,
      Session: day,
      Interaction: hour,
    },
  };
}
