import { useAuthSession } from './auth-session';
import { useAuthStatus } from './auth-status';
import { readPartnerRole, type PartnerRole } from './partner-role';

/**
 * Whether the signed-in person is a Partner Center Admin agent: read from the active account's ID
 * token claims and the configured AdminAgents group (`auth.adminAgentsGroupId`). "unknown" when
 * nobody is signed in, or the setting or the token's `groups` is missing: the API then decides.
 */
export function usePartnerRole(): PartnerRole {
  const { account } = useAuthStatus();
  const { adminAgentsGroupId } = useAuthSession();
  return readPartnerRole(account?.idTokenClaims, adminAgentsGroupId);
}
