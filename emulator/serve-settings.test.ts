import { describe, expect, it } from 'vitest';
import { dashboardClientId } from './identity/dashboard-client';
import { adminAgentsGroupId } from './identity/partner-groups';
import { serveEnvironment, shellAssignments, shellQuote } from './serve-settings';

describe('serveEnvironment', () => {
  it('points the production server at the local servers, naming the AdminAgents group', () => {
    const authority = 'https://localhost:4282/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f';
    expect(
      serveEnvironment({
        identityProvider: { authority, authorityMetadata: '{}' },
        partnerCenterUrl: 'http://127.0.0.1:4281',
        dashboardOrigin: 'http://localhost:4280',
      }),
    ).toEqual({
      PORT: '4280',
      PARTNER_CENTER_ORIGIN: 'http://127.0.0.1:4281',
      AUTH_CLIENT_ID: dashboardClientId,
      AUTH_AUTHORITY: authority,
      AUTH_KNOWN_AUTHORITIES: 'localhost:4282',
      AUTH_AUTHORITY_METADATA: '{}',
      AUTH_ADMIN_AGENTS_GROUP_ID: adminAgentsGroupId,
    });
  });
});

describe('shellQuote', () => {
  it('keeps JSON, quotes, dollars and backticks from the shell', () => {
    expect(shellQuote(`{"a":"it's $HOME \`x\`"}`)).toBe(`'{"a":"it'\\''s $HOME \`x\`"}'`);
  });
});

describe('shellAssignments', () => {
  it('writes one export per variable, in order', () => {
    expect(shellAssignments({ A: 'one', B: 'two words' })).toBe(
      "export A='one'\nexport B='two words'",
    );
  });
});
