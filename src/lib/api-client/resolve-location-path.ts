import { parseApiBase } from '@/lib/api-client/api-base';
import type { RequestIds } from '@/lib/api-client/request-ids';
import { resolveRequestUrl } from '@/lib/api-client/resolve-request-url';

const VERSIONED_PATH = /^\/v1(?:\/|$)/i;

/**
 * The path to GET for a `Location` header, such as the upload's
 * `/customers/{id}/batchJobStatus/{trackingId}` (no `/v1`, docs/partner-center-api.md §1.3, §15).
 * It passes the client's one gate, `resolveRequestUrl`, with the rules of a `devicesLink`: a bare
 * path gets `/v1`, a `?` or `#` is a character of an id, and anything that ends up outside the
 * configured API base (another origin, `//host`, `..` climbing out) is refused as `foreign-link`
 * before any token is fetched. An absolute Location is accepted only on the configured origin:
 * behind the dashboard's proxy, the API's own host counts as foreign.
 *
 * Returns the path below the API base, always `/v1/…` and escaped once, to pass to `client.get`
 * (it resolves to the same URL again). `ids` are those of the answer that carried the Location,
 * for the error support would be shown.
 */
export function resolveLocationPath(location: string, apiBase: string, ids: RequestIds): string {
  const base = parseApiBase(apiBase);
  const trimmed = location.trim();
  // The dashboard's server rewrites the API's Location onto its own proxy path
  // (`/api/partner-center/v1/customers/…`): that path is already under the base, not below it.
  const underBase =
    base.path !== '' && trimmed.toLowerCase().startsWith(`${base.path.toLowerCase()}/`)
      ? trimmed.slice(base.path.length)
      : trimmed;
  const url = resolveRequestUrl(underBase, base, true, ids);
  const path = url.pathname.slice(base.path.length);
  return VERSIONED_PATH.test(path) ? path : `/v1${path}`;
}
