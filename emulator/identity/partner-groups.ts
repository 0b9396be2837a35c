/**
 * The partner tenant's security groups, as the ID token's `groups` claim names them (object ids).
 *
 * Partner Center's Admin agent and Sales agent roles are membership of the partner tenant's
 * "AdminAgents" and "SalesAgents" groups. An app registration whose `groupMembershipClaims` is
 * `SecurityGroup` gets the ids of the user's security groups in its ID tokens, so the dashboard,
 * told the AdminAgents group's id, knows before a write whether the API will allow it. The ids are
 * made up; like the tenant's, they only have to be GUIDs.
 */
import type { PartnerRole } from './demo-accounts';

/** The "AdminAgents" group: the dashboard's `auth.adminAgentsGroupId` on the local stack. */
export const adminAgentsGroupId = '7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17';

/** The "SalesAgents" group. */
export const salesAgentsGroupId = '8b4fad52-6c3e-4a9f-b2d7-3eac1f5a7b28';

/** A group with nothing to do with Partner Center that every demo account is in. */
export const allStaffGroupId = '9c50be63-7d4f-4bae-83e8-4fbd2a6b8c39';

/** The object ids the `groups` claim carries for an account with this Partner Center role. */
export function partnerGroupIds(role: PartnerRole): readonly string[] {
  switch (role) {
    case 'admin-agent':
      return [allStaffGroupId, adminAgentsGroupId];
    case 'sales-agent':
      return [allStaffGroupId, salesAgentsGroupId];
    case 'none':
      return [allStaffGroupId];
  }
}
