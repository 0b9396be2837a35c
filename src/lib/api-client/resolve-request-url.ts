import { isWithinApiBase, type ApiBase } from '@/lib/api-client/api-base';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import type { RequestIds } from '@/lib/api-client/request-ids';
import { resolveApiLink } from '@/lib/api-client/resolve-api-link';

/**
 * The single gate in front of the token: every request URL comes from here, and a target that
 * does not resolve to a URL under the API base (same origin, path under the base path, after
 * `..` normalisation) is refused as `foreign-link` before any token is fetched or request sent.
 */
export function resolveRequestUrl(
  uri: string,
  base: ApiBase,
  pathOnly: boolean,
  ids: RequestIds,
  method = 'GET',
): URL {
  let url: URL | undefined;
  try {
    url = resolveApiLink(uri, base, { pathOnly });
  } catch {
    url = undefined; // an absolute link whose host is malformed
  }
  if (!url || !isWithinApiBase(url, base)) {
    throw new PartnerCenterError({ kind: 'foreign-link', method, url: url?.href ?? uri, ...ids });
  }
  return url;
}
