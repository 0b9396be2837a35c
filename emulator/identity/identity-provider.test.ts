import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityMetadataFor } from './authority-metadata';
import { dashboardClientId } from './dashboard-client';
import { partnerTenantId } from './demo-accounts';
import { entraPaths, partnerCenterResource, partnerCenterScope } from './entra-paths';
import type { IdentityProvider } from './identity-provider';
import { adminAgentsGroupId, allStaffGroupId, salesAgentsGroupId } from './partner-groups';
import { demoAccount } from './testing/demo-account';
import { BrowserSession } from './testing/browser-session';
import {
  authorizationRequest,
  authorizationResponse,
  postToken,
  redeemCode,
  redirectUri,
  startTestProvider,
} from './testing/sign-in-flow';
import { createTokenVerifier } from './token-verifier';

const adele = demoAccount('Adele Vance');
const bram = demoAccount('Bram de Vries');
const chris = demoAccount('Chris Green');
const dana = demoAccount('Dana Kim');

let provider: IdentityProvider;
beforeAll(async () => {
  provider = await startTestProvider();
});
afterAll(() => provider.close());

describe('discovery', () => {
  it('answers at the Entra path with Entra endpoints and the http issuer', async () => {
    const response = await fetch(new URL(entraPaths.discovery, provider.url));
    const discovery = (await response.json()) as Record<string, unknown>;

    const tenant = `${provider.url}/${partnerTenantId}`;
    expect(discovery).toMatchObject({
      issuer: `${tenant}/v2.0`,
      authorization_endpoint: `${tenant}/oauth2/v2.0/authorize`,
      token_endpoint: `${tenant}/oauth2/v2.0/token`,
      end_session_endpoint: `${tenant}/oauth2/v2.0/logout`,
      jwks_uri: `${tenant}/discovery/v2.0/keys`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(provider.issuer).toBe(`${tenant}/v2.0`);
  });

  it('gives MSAL the same endpoints as metadata, beside an https authority string', async () => {
    const discovery = await (await fetch(new URL(entraPaths.discovery, provider.url))).json();

    expect(JSON.parse(provider.authorityMetadata)).toEqual(authorityMetadataFor(provider.url));
    expect(discovery).toMatchObject(JSON.parse(provider.authorityMetadata) as object);
    expect(provider.authority).toBe(`https://${new URL(provider.url).host}/${partnerTenantId}`);
  });
});

describe('sign-in with authorization code and PKCE', () => {
  it('signs in through the page and issues Entra-shaped tokens', async () => {
    const browser = new BrowserSession(provider.url);
    const request = authorizationRequest(provider);

    const page = await browser.open(request.url);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Sign in as </span>Adele Vance</button>');
    const answer = await browser.open(page.url, { username: adele.username });

    expect(`${answer.url.origin}${answer.url.pathname}`).toBe(redirectUri);
    const params = authorizationResponse(answer);
    expect(params.get('state')).toBe(request.state);
    const tokens = await redeemCode(provider, params.get('code') ?? '', request.codeVerifier);

    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const accessToken = decodeJwt(tokens.access_token);
    expect(accessToken).toMatchObject({
      iss: provider.issuer,
      aud: partnerCenterResource,
      scp: 'user_impersonation',
      tid: partnerTenantId,
      oid: adele.oid,
      name: adele.name,
      preferred_username: adele.username,
      azp: dashboardClientId,
    });
    expect(accessToken.nbf).toBe(accessToken.iat);
    expect((accessToken.exp ?? 0) - (accessToken.iat ?? 0)).toBe(3600);
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: partnerCenterScope,
    });
    expect(tokens.refresh_token).toEqual(expect.any(String));

    expect(decodeJwt(tokens.id_token)).toMatchObject({
      iss: provider.issuer,
      aud: dashboardClientId,
      nonce: request.nonce,
      sub: adele.oid,
      oid: adele.oid,
      tid: partnerTenantId,
      name: adele.name,
      preferred_username: adele.username,
      ver: '2.0',
    });
    expect(JSON.parse(Buffer.from(tokens.client_info, 'base64url').toString())).toEqual({
      uid: adele.oid,
      utid: partnerTenantId,
    });

    const verify = createTokenVerifier({
      issuer: provider.issuer,
      jwksUrl: provider.jwksUrl,
      audience: partnerCenterResource,
      requiredScope: 'user_impersonation',
    });
    await expect(verify(`Bearer ${tokens.access_token}`)).resolves.toEqual({
      ok: true,
      oid: adele.oid,
      tid: partnerTenantId,
    });
  });

  it('renews with the refresh token, keeping the account’s short lifetime', async () => {
    const request = authorizationRequest(provider, { login_hint: dana.username });
    const answer = await new BrowserSession(provider.url).open(request.url);
    const code = authorizationResponse(answer).get('code') ?? '';
    const first = await redeemCode(provider, code, request.codeVerifier);

    // MSAL asks for offline_access again when refreshing.
    const response = await postToken(provider, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      scope: `${partnerCenterScope} openid profile offline_access`,
    });

    expect(response.status).toBe(200);
    const renewed = (await response.json()) as typeof first;
    const accessToken = decodeJwt(renewed.access_token);
    expect(accessToken).toMatchObject({ oid: dana.oid, scp: 'user_impersonation' });
    expect((accessToken.exp ?? 0) - (accessToken.iat ?? 0)).toBe(45);
    expect(renewed.expires_in).toBe(45);
    expect(renewed.refresh_token).not.toBe(first.refresh_token);
    expect(renewed.client_info).toBe(first.client_info);
  });

  it('answers token requests from the app’s origin only (CORS)', async () => {
    const request = authorizationRequest(provider, { login_hint: adele.username });
    const answer = await new BrowserSession(provider.url).open(request.url);
    const form = {
      grant_type: 'authorization_code',
      code: authorizationResponse(answer).get('code') ?? '',
      code_verifier: request.codeVerifier,
      redirect_uri: redirectUri,
    };

    const foreign = await postToken(provider, form, 'http://localhost:9999');
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const own = await postToken(provider, form);
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:4280');
  });

  it('returns access_denied to the app when the user cancels', async () => {
    const browser = new BrowserSession(provider.url);
    const request = authorizationRequest(provider);
    const page = await browser.open(request.url);

    const answer = await browser.open(`${page.url.pathname}/cancel`, {});

    expect(`${answer.url.origin}${answer.url.pathname}`).toBe(redirectUri);
    const params = authorizationResponse(answer);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe(request.state);
  });
});

describe('security groups in the ID token', () => {
  async function tokensOf(username: string) {
    const request = authorizationRequest(provider, { login_hint: username });
    const answer = await new BrowserSession(provider.url).open(request.url);
    const code = authorizationResponse(answer).get('code') ?? '';
    return redeemCode(provider, code, request.codeVerifier);
  }

  it.each([
    [adele.name, adele.username, [allStaffGroupId, adminAgentsGroupId]],
    [bram.name, bram.username, [allStaffGroupId, salesAgentsGroupId]],
    [chris.name, chris.username, [allStaffGroupId]],
    [dana.name, dana.username, [allStaffGroupId, adminAgentsGroupId]],
  ])('gives %s the object ids of their groups as `groups`', async (_name, username, groups) => {
    const tokens = await tokensOf(username);

    expect(decodeJwt(tokens.id_token).groups).toEqual(groups);
  });

  it('names the AdminAgents group for Adele, an Admin agent, and not for Bram, a Sales agent', async () => {
    const adeleClaims = decodeJwt((await tokensOf(adele.username)).id_token);
    const bramClaims = decodeJwt((await tokensOf(bram.username)).id_token);

    expect(adeleClaims.groups).toContain(adminAgentsGroupId);
    expect(bramClaims.groups).toEqual(expect.any(Array));
    expect(bramClaims.groups).not.toContain(adminAgentsGroupId);
  });

  it('keeps them out of the access token, which is shaped for the API', async () => {
    const tokens = await tokensOf(adele.username);

    expect(decodeJwt(tokens.access_token)).not.toHaveProperty('groups');
  });

  it('still carries them after a renewal with the refresh token', async () => {
    const first = await tokensOf(adele.username);
    const response = await postToken(provider, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      scope: `${partnerCenterScope} openid profile offline_access`,
    });
    const renewed = (await response.json()) as typeof first;

    expect(decodeJwt(renewed.id_token).groups).toContain(adminAgentsGroupId);
  });
});
