/**
 * The endpoint metadata MSAL takes as `auth.authorityMetadata`, so it never fetches the discovery
 * document. Its URLs are plain http while the dashboard's authority string stays https: MSAL
 * refuses an http authority but calls whatever endpoints this metadata names (see README.md).
 */
import { entraPaths } from './entra-paths';

/** The five discovery fields MSAL reads (msal-common's `OpenIdConfigResponse`). */
export interface AuthorityMetadata {
  readonly issuer: string;
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly end_session_endpoint: string;
  readonly jwks_uri: string;
}

export function authorityMetadataFor(baseUrl: string): AuthorityMetadata {
  const url = (path: string): string => new URL(path, baseUrl).href;
  return {
    issuer: url(entraPaths.issuer),
    authorization_endpoint: url(entraPaths.authorize),
    token_endpoint: url(entraPaths.token),
    end_session_endpoint: url(entraPaths.logout),
    jwks_uri: url(entraPaths.keys),
  };
}

/**
 * The JSON string for MSAL's `authorityMetadata` (and the dashboard's runtime configuration),
 * for a provider at `baseUrl`, e.g. `http://localhost:4282`.
 */
export function buildAuthorityMetadata(baseUrl: string): string {
  return JSON.stringify(authorityMetadataFor(baseUrl));
}

/** The https authority string MSAL is configured with, beside the metadata above. */
export function buildAuthority(baseUrl: string): string {
  const { host } = new URL(baseUrl);
  return `https://${host}${entraPaths.tenant}`;
}
