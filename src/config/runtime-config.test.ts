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
