/**
 * For tests: the requests MSAL makes during a redirect sign-in (authorization code + PKCE), made
 * with fetch against a provider on a free port.
 */
import { createHash, randomBytes } from 'node:crypto';
import { dashboardClientId } from '../dashboard-client';
import { entraPaths, partnerCenterScope } from '../entra-paths';
import { createIdentityProvider, type IdentityProvider } from '../identity-provider';
import type { Arrival } from './browser-session';

export const appOrigin = 'http://localhost:4280';
export const redirectUri = `${appOrigin}/`;
/** What MSAL asks for: the API's scope plus OpenID Connect's defaults. */
export const msalScope = `${partnerCenterScope} openid profile offline_access`;

export function startTestProvider(
  log: (line: string) => void = () => undefined,
): Promise<IdentityProvider> {
  return createIdentityProvider({
    port: 0,
    redirectUris: [redirectUri, `${appOrigin}/redirect.html`],
    postLogoutRedirectUris: [redirectUri],
    log,
  });
}

export interface AuthorizationRequest {
  readonly url: URL;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * An authorize URL as MSAL builds it; `extra` adds or overrides parameters (prompt, login_hint …).
 */
export function authorizationRequest(
  provider: IdentityProvider,
  extra: Record<string, string> = {},
): AuthorizationRequest {
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const codeVerifier = randomBytes(32).toString('base64url');
  const url = new URL(entraPaths.authorize, provider.url);
  const params = {
    client_id: dashboardClientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    response_mode: 'fragment',
    scope: msalScope,
    state,
    nonce,
    code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
    code_challenge_method: 'S256',
    client_info: '1',
    ...extra,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return { url, state, nonce, codeVerifier };
}

/** The authorization response MSAL reads from the redirect URI's fragment. */
export function authorizationResponse(arrival: Arrival): URLSearchParams {
  return new URLSearchParams(arrival.url.hash.slice(1));
}

export async function postToken(
  provider: IdentityProvider,
  form: Record<string, string>,
  origin = appOrigin,
): Promise<Response> {
  return fetch(new URL(entraPaths.token, provider.url), {
    method: 'POST',
    headers: { origin },
    body: new URLSearchParams({ client_id: dashboardClientId, ...form }),
  });
}

export interface TokenResponse {
  readonly access_token: string;
  readonly id_token: string;
  readonly refresh_token: string;
  readonly expires_in: number;
  readonly scope: string;
  readonly token_type: string;
  readonly client_info: string;
}

export async function redeemCode(
  provider: IdentityProvider,
  code: string,
  codeVerifier: string,
): Promise<TokenResponse> {
  const response = await postToken(provider, {
    grant_type: 'authorization_code',
    code,
    code_verifier: codeVerifier,
    redirect_uri: redirectUri,
    scope: msalScope,
  });
  if (!response.ok) throw new Error(`token request failed: ${await response.text()}`);
  return (await response.json()) as TokenResponse;
}
