import { describe, expect, it } from 'vitest';
import { buildRuntimeConfig, identityProviderOrigins } from './runtime-config.js';

const minimal = {
  AUTH_CLIENT_ID: '6a1f3c2e-8b4d-4e5f-9a0b-1c2d3e4f5a6b',
  AUTH_AUTHORITY: 'https://login.microsoftonline.com/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
};

const localMetadata = JSON.stringify({
  issuer: 'https://localhost:4282/tid/v2.0',
  authorization_endpoint: 'http://localhost:4282/tid/oauth2/v2.0/authorize',
  token_endpoint: 'http://localhost:4282/tid/oauth2/v2.0/token',
});

describe('buildRuntimeConfig', () => {
  it('fills in the defaults', () => {
    expect(buildRuntimeConfig(minimal)).toEqual({
      apiBase: '/api/partner-center',
      auth: {
        clientId: minimal.AUTH_CLIENT_ID,
        authority: minimal.AUTH_AUTHORITY,
        knownAuthorities: ['login.microsoftonline.com'],
        scopes: ['https://api.partnercenter.microsoft.com/user_impersonation'],
        redirectUri: '/',
        postLogoutRedirectUri: '/',
      },
    });
  });

  it('takes every variable, and treats an empty one as unset', () => {
    const config = buildRuntimeConfig({
      API_BASE_PATH: '/pc',
      AUTH_CLIENT_ID: 'dashboard-local',
      AUTH_AUTHORITY: 'https://localhost:4282/tid',
      AUTH_KNOWN_AUTHORITIES: 'localhost:4282, login.example.com',
      AUTH_SCOPES: 'api://a/read  api://a/write,openid',
      AUTH_AUTHORITY_METADATA: localMetadata,
      AUTH_REDIRECT_PATH: '',
    });
    expect(config).toEqual({
      apiBase: '/pc',
      auth: {
        clientId: 'dashboard-local',
        authority: 'https://localhost:4282/tid',
        knownAuthorities: ['localhost:4282', 'login.example.com'],
        scopes: ['api://a/read', 'api://a/write', 'openid'],
        redirectUri: '/',
        postLogoutRedirectUri: '/',
        authorityMetadata: localMetadata,
      },
    });
  });

  it('passes on the AdminAgents group id, when set', () => {
    const groupId = '7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17';
    const config = buildRuntimeConfig({ ...minimal, AUTH_ADMIN_AGENTS_GROUP_ID: ` ${groupId} ` });
    expect(config.auth.adminAgentsGroupId).toBe(groupId);
    expect(buildRuntimeConfig(minimal).auth).not.toHaveProperty('adminAgentsGroupId');
    expect(
      buildRuntimeConfig({ ...minimal, AUTH_ADMIN_AGENTS_GROUP_ID: '' }).auth,
    ).not.toHaveProperty('adminAgentsGroupId');
  });

  it.each([
    [{ AUTH_CLIENT_ID: undefined }, 'AUTH_CLIENT_ID: is required'],
    [{ AUTH_CLIENT_ID: '  ' }, 'AUTH_CLIENT_ID: is required'],
    [
      { AUTH_AUTHORITY: 'http://login.microsoftonline.com/t' },
      'AUTH_AUTHORITY: must be an https URL',
    ],
    [
      { AUTH_AUTHORITY: 'https://login.microsoftonline.com' },
      'AUTH_AUTHORITY: must be an https URL',
    ],
    [
      { AUTH_KNOWN_AUTHORITIES: 'https://login.example.com' },
      'AUTH_KNOWN_AUTHORITIES: must be host',
    ],
    [{ AUTH_AUTHORITY_METADATA: '{not json' }, 'AUTH_AUTHORITY_METADATA: must be a JSON object'],
    [{ AUTH_AUTHORITY_METADATA: '{"token_endpoint":"javascript:x"}' }, 'AUTH_AUTHORITY_METADATA'],
    [{ AUTH_REDIRECT_PATH: '//evil.example' }, 'AUTH_REDIRECT_PATH: must be a path on this site'],
    [{ AUTH_REDIRECT_PATH: 'https://evil.example/' }, 'AUTH_REDIRECT_PATH'],
    [{ API_BASE_PATH: '/api/partner-center/' }, 'API_BASE_PATH: must be a path'],
    [{ AUTH_SCOPES: ' , ' }, 'AUTH_SCOPES: needs at least one value'],
    [
      { AUTH_ADMIN_AGENTS_GROUP_ID: 'AdminAgents' },
      'AUTH_ADMIN_AGENTS_GROUP_ID: must be the object id of the AdminAgents group',
    ],
  ])('names the variable in its error: %j', (env, message) => {
    expect(() => buildRuntimeConfig({ ...minimal, ...env })).toThrow(message);
  });

  it('lists every bad variable at once', () => {
    expect(() => buildRuntimeConfig({ AUTH_REDIRECT_PATH: 'x' })).toThrow(
      /AUTH_CLIENT_ID: is required\n {2}AUTH_AUTHORITY: is required\n {2}AUTH_REDIRECT_PATH/,
    );
  });
});

describe('identityProviderOrigins', () => {
  it('is the authority origin, plus the origins of the metadata endpoints', () => {
    expect(identityProviderOrigins(buildRuntimeConfig(minimal))).toEqual([
      'https://login.microsoftonline.com',
    ]);
    const local = buildRuntimeConfig({
      AUTH_CLIENT_ID: 'dashboard-local',
      AUTH_AUTHORITY: 'https://localhost:4282/tid',
      AUTH_AUTHORITY_METADATA: localMetadata,
    });
    expect(identityProviderOrigins(local)).toEqual([
      'https://localhost:4282',
      'http://localhost:4282',
    ]);
  });
});
