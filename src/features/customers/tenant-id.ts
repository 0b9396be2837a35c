/** A tenant id as Partner Center writes it: a GUID, any letter case, no braces. */
const tenantIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a customer id from a URL can be sent to Partner Center at all. */
export function isTenantId(value: string): boolean {
  return tenantIdPattern.test(value);
}
