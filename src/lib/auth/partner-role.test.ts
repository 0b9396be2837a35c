import { readPartnerRole } from './partner-role';

const adminAgents = '7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17';
const salesAgents = '8b4fad52-6c3e-4a9f-b2d7-3eac1f5a7b28';
const allStaff = '9c50be63-7d4f-4bae-83e8-4fbd2a6b8c39';

/** An ID token's claims as MSAL decodes them, with `extra` added. */
const claims = (extra: Record<string, unknown>): Record<string, unknown> => ({
  oid: '0c8a4f2e-1b3d-4e5f-8a9b-1c2d3e4f5a61',
  tid: '5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
  name: 'Adele Vance',
  ...extra,
});

describe('readPartnerRole', () => {
  it('knows an Admin agent by the AdminAgents group among the groups', () => {
    expect(readPartnerRole(claims({ groups: [allStaff, adminAgents] }), adminAgents)).toBe(
      'admin-agent',
    );
  });

  it('knows someone is not an Admin agent when the groups leave AdminAgents out', () => {
    expect(readPartnerRole(claims({ groups: [allStaff, salesAgents] }), adminAgents)).toBe(
      'not-admin-agent',
    );
    expect(readPartnerRole(claims({ groups: [] }), adminAgents)).toBe('not-admin-agent');
  });

  it('compares the ids without regard to case or surrounding spaces', () => {
    expect(readPartnerRole(claims({ groups: [adminAgents.toUpperCase()] }), adminAgents)).toBe(
      'admin-agent',
    );
    expect(
      readPartnerRole(claims({ groups: [adminAgents] }), ` ${adminAgents.toUpperCase()} `),
    ).toBe('admin-agent');
  });

  it('does not take a group id that merely contains the AdminAgents id', () => {
    expect(readPartnerRole(claims({ groups: [`${adminAgents}0`] }), adminAgents)).toBe(
      'not-admin-agent',
    );
  });

  it('is unknown without the AdminAgents setting', () => {
    const withGroups = claims({ groups: [adminAgents] });
    expect(readPartnerRole(withGroups, undefined)).toBe('unknown');
    expect(readPartnerRole(withGroups, '')).toBe('unknown');
    expect(readPartnerRole(withGroups, '  ')).toBe('unknown');
  });

  it('is unknown without claims (nobody signed in)', () => {
    expect(readPartnerRole(undefined, adminAgents)).toBe('unknown');
  });

  it('is unknown when the token has no groups claim (the app registration does not ask for it)', () => {
    expect(readPartnerRole(claims({}), adminAgents)).toBe('unknown');
  });

  it.each([
    ['a string', adminAgents],
    ['null', null],
    ['an object', { 0: adminAgents }],
    ['a list holding something else than strings', [adminAgents, 42]],
  ])('is unknown when groups is %s', (_kind, groups) => {
    expect(readPartnerRole(claims({ groups }), adminAgents)).toBe('unknown');
  });

  it('is unknown when the groups did not fit in the token (the overage marker)', () => {
    const overage = claims({
      _claim_names: { groups: 'src1' },
      _claim_sources: {
        src1: { endpoint: 'https://graph.windows.net/tenant/users/x/getMemberObjects' },
      },
    });
    expect(readPartnerRole(overage, adminAgents)).toBe('unknown');
  });

  it('trusts the overage marker over a groups claim beside it', () => {
    const both = claims({ groups: [allStaff], _claim_names: { groups: 'src1' } });
    expect(readPartnerRole(both, adminAgents)).toBe('unknown');
  });

  it('reads groups when the token names other claims as distributed', () => {
    const other = claims({ groups: [adminAgents], _claim_names: { roles: 'src2' } });
    expect(readPartnerRole(other, adminAgents)).toBe('admin-agent');
  });
});
