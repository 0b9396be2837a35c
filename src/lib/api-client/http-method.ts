/** The methods the Partner Center API uses (docs/partner-center-api.md §15, §16). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Whether sending the request twice has the same effect as sending it once (RFC 9110 §9.2.2), so
 * a lost answer may be retried. GET, PUT and DELETE are; POST and PATCH are not: a device upload
 * sent twice uploads twice, and `DevicePolicyUpdates` is a PATCH that starts a new batch job each
 * time (docs/partner-center-api.md §15, §16).
 */
export function isIdempotent(method: HttpMethod): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE';
}
