/**
 * Whether the signed-in person is a Partner Center Admin agent, as far as the ID token tells.
 *
 * Partner Center's Admin agent role is membership of the partner tenant's "AdminAgents" security
 * group. When the app registration asks for security groups, the ID token's `groups` claim lists the
 * object ids of the user's groups; with the AdminAgents group's id configured, that answers the
 * question before a write is tried. Anything less (no setting, no claims, no `groups` list, or
 * Entra ID's overage marker for a user in too many groups) leaves it "unknown": the API decides.
 * See docs/partner-center-api.md §2.1.
 */
export type PartnerRole = 'admin-agent' | 'not-admin-agent' | 'unknown';

export function readPartnerRole(
  idTokenClaims: Record<string, unknown> | undefined,
  adminAgentsGroupId: string | undefined,
): PartnerRole {
  const wanted = adminAgentsGroupId?.trim().toLowerCase();
  if (!wanted || idTokenClaims === undefined || hasGroupsOverage(idTokenClaims)) return 'unknown';
  const groups = groupIds(idTokenClaims.groups);
  if (groups === undefined) return 'unknown';
  return groups.some((group) => group.trim().toLowerCase() === wanted)
    ? 'admin-agent'
    : 'not-admin-agent';
}

/** `_claim_names: { groups: "src1" }`: the groups did not fit in the token, so they are not in it. */
function hasGroupsOverage(claims: Record<string, unknown>): boolean {
  const names = claims._claim_names;
  return typeof names === 'object' && names !== null && 'groups' in names;
}

/** The claim as a list of ids, or undefined when it is missing or not a list of strings. */
function groupIds(claim: unknown): readonly string[] | undefined {
  if (!Array.isArray(claim)) return undefined;
  const ids: unknown[] = claim;
  return ids.every((id): id is string => typeof id === 'string') ? ids : undefined;
}
