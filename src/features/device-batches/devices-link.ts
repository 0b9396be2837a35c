import { isWithinApiBase, parseApiBase } from '@/lib/api-client/api-base';
import { resolveApiLink } from '@/lib/api-client/resolve-api-link';
import type { Link } from '@/lib/partner-center/link-schema';

export type DevicesLinkCheck =
  | {
      readonly followable: true;
      /** Where the link leads; undefined for a batch without one (its path is built from the ids). */
      readonly url: URL | undefined;
    }
  | {
      readonly followable: false;
      /** Where the link points (its host, or the raw uri), to name it to the user. */
      readonly target: string;
    };

/**
 * Whether the devices page may follow a batch's `devicesLink`, decided by the API client's own link
 * rules (docs/partner-center-api.md §1.3): the uri is a bare path (a `?` or `#` in it belongs to the batch name), with or
 * without `/v1`, and it must land under the API base. A link to another origin, or one that climbs
 * out of the base, is refused here so the table never offers it; the client would refuse it too,
 * before any token is fetched.
 */
export function checkDevicesLink(link: Link | undefined, apiBase: string): DevicesLinkCheck {
  // No link (absent, null or unreadable): the devices page builds the path from the ids.
  if (!link) return { followable: true, url: undefined };
  const base = parseApiBase(apiBase);
  let url: URL;
  try {
    url = resolveApiLink(link.uri, base, { pathOnly: true });
  } catch {
    return { followable: false, target: link.uri };
  }
  if (isWithinApiBase(url, base)) return { followable: true, url };
  // Another site is named by its host; a path on this site outside the API, in full.
  return { followable: false, target: url.origin === base.origin ? url.href : url.host };
}
