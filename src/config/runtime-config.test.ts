import { parseRuntimeConfig } from './runtime-config';

const validConfig = {
  apiBase: '/api/partner-center/',
  auth: {
    clientId: '6c2f4b1a-9d3e-4f5a-8b7c-0d1e2f3a4b5c',
    authority: 'https://login.microsoftonline.com/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
    knownAuthorities: ['login.microsoftonline.com'],
    scopes: ['https://api.partnercenter.microsoft.com/user_impersonation'],
    redirectUri: '/',
  },
};

function problemsOf(raw: unknown) {
  const result = parseRuntimeConfig(raw);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.problems;
}

describe('parseRuntimeConfig', () => {
  it('accepts a complete configuration and normalises it', () => {
    const result = parseRuntimeConfig(validConfig);
    expect(result).toEqual({
      ok: true,
      config: {
        ...validConfig,
        apiBase: '/api/partner-center',
        auth: { ...validConfig.auth, postLogoutRedirectUri: '/' },
      },
    });
  });

  it('accepts an absolute API base and the local provider with its metadata', () => {
    const result = parseRuntimeConfig({
      ...validConfig,
      apiBase: 'https://dashboard.example/api/partner-center',
      auth: {
        ...validConfig.auth,
        authority: 'https://localhost:4282/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
        knownAuthorities: ['localhost:4282'],
        authorityMetadata: JSON.stringify({ issuer: 'http://localhost:4282/x/v2.0' }),
      },
    });
    expect(result.ok).toBe(true);
  });

  it('accepts the AdminAgents group id, and leaves it out when absent', () => {
    const groupId = '7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17';
    const result = parseRuntimeConfig({
      ...validConfig,
      auth: { ...validConfig.auth, adminAgentsGroupId: groupId },
    });
    expect(result.ok && result.config.auth.adminAgentsGroupId).toBe(groupId);

    const without = parseRuntimeConfig(validConfig);
    expect(without.ok && 'adminAgentsGroupId' in without.config.auth).toBe(false);
  });

  it.each([['AdminAgents'], [''], [42]])(
    'refuses an AdminAgents group id that is not a GUID: %j',
    (adminAgentsGroupId) => {
      expect(
        problemsOf({ ...validConfig, auth: { ...validConfig.auth, adminAgentsGroupId } }),
      ).toEqual([
        {
          setting: 'auth.adminAgentsGroupId',
          problem: 'must be the object id of the AdminAgents group, a GUID',
        },
      ]);
    },
  );

  it('names every missing setting', () => {
    expect(problemsOf({ auth: { scopes: ['x'] } })).toEqual([
      { setting: 'apiBase', problem: 'is missing' },
      { setting: 'auth.clientId', problem: 'is missing' },
      { setting: 'auth.authority', problem: 'is missing' },
      { setting: 'auth.redirectUri', problem: 'is missing' },
    ]);
  });

  it('explains each malformed setting', () => {
    const problems = problemsOf({
      apiBase: 'partner-center',
      auth: {
        ...validConfig.auth,
        clientId: 'my-app',
        authority: 'http://login.example/tenant',
        knownAuthorities: ['https://login.microsoftonline.com'],
        scopes: [],
        authorityMetadata: '{not json',
      },
    });
    expect(problems.map((item) => item.setting)).toEqual([
      'apiBase',
      'auth.clientId',
      'auth.authority',
      'auth.knownAuthorities.0',
      'auth.scopes',
      'auth.authorityMetadata',
    ]);
    expect(problems[2]?.problem).toBe('must be an https:// URL');
    expect(problems[3]?.problem).toMatch(/host name/);
  });

  it('refuses something that is not an object at all', () => {
    expect(problemsOf('hello')).toEqual([
      { setting: '(the whole file)', problem: expect.any(String) },
    ]);
  });
});
