import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createTestAuthSession, signedOutStatus } from '@/testing/test-auth';
import { AuthSessionContext, type AuthSession } from './auth-session';
import { AuthStatusContext, type AuthStatus } from './auth-status';
import { usePartnerRole } from './use-partner-role';

const adminAgents = '7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17';
const salesAgents = '8b4fad52-6c3e-4a9f-b2d7-3eac1f5a7b28';

const signedIn = (idTokenClaims?: Record<string, unknown>): AuthStatus => ({
  account: {
    id: 'uid.tid',
    name: 'Adele Vance',
    username: 'adele.vance@contoso-partner.example',
    ...(idTokenClaims === undefined ? {} : { idTokenClaims }),
  },
  interactionInProgress: false,
});

function roleWith(status: AuthStatus, session: AuthSession) {
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AuthStatusContext value={status}>
      <AuthSessionContext value={session}>{children}</AuthSessionContext>
    </AuthStatusContext>
  );
  return renderHook(() => usePartnerRole(), { wrapper }).result.current;
}

const configured = createTestAuthSession({ adminAgentsGroupId: adminAgents });

describe('usePartnerRole', () => {
  it('is admin-agent when the ID token names the configured AdminAgents group', () => {
    expect(roleWith(signedIn({ groups: [adminAgents] }), configured)).toBe('admin-agent');
  });

  it('is not-admin-agent when the ID token lists other groups only', () => {
    expect(roleWith(signedIn({ groups: [salesAgents] }), configured)).toBe('not-admin-agent');
  });

  it('is unknown when the AdminAgents group is not configured', () => {
    expect(roleWith(signedIn({ groups: [adminAgents] }), createTestAuthSession())).toBe('unknown');
  });

  it('is unknown when the ID token carries no groups', () => {
    expect(roleWith(signedIn({ name: 'Adele Vance' }), configured)).toBe('unknown');
    expect(roleWith(signedIn(), configured)).toBe('unknown');
  });

  it('is unknown when nobody is signed in', () => {
    expect(roleWith(signedOutStatus, configured)).toBe('unknown');
  });
});
