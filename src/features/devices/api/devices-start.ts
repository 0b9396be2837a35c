import { parseApiBase } from '@/lib/api-client/api-base';
import type { PageCursor } from '@/lib/api-client/fetch-all-pages';
import { buildApiPath, resolveApiLink } from '@/lib/api-client/resolve-api-link';
import type { Link } from '@/lib/partner-center/link-schema';

/**
 * Where a batch's devices start (docs/partner-center-api.md §1.3, §6.5). The batch's `devicesLink` is followed, as a
 * bare path, when it addresses exactly this batch's devices: after resolving, its decoded path
 * segments equal `v1/customers/{id}/deviceBatches/{batchId}/devices`. Otherwise the path is built
 * from the ids: no link, a link to another host, or an id the raw link cannot carry (a `/` in the
 * name splits it, an existing `%25` in it would be decoded once too often).
 */
export function devicesStart(
  apiBase: string,
  customerId: string,
  batchId: string,
  devicesLink?: Link,
): PageCursor {
  const built = buildApiPath('customers', customerId, 'deviceBatches', batchId, 'devices');
  if (devicesLink && addressesSameResource(apiBase, devicesLink.uri, built)) {
    return { target: devicesLink, pathOnlyLink: true };
  }
  return { target: built };
}

function addressesSameResource(apiBase: string, linkUri: string, builtPath: string): boolean {
  try {
    const base = parseApiBase(apiBase);
    const link = resolveApiLink(linkUri, base, { pathOnly: true });
    const built = resolveApiLink(builtPath, base);
    return (
      link.origin === built.origin &&
      decodedSegments(link.pathname).join('\n') === decodedSegments(built.pathname).join('\n')
    );
  } catch {
    return false; // a malformed host or escape: not a link to follow
  }
}

const decodedSegments = (path: string): string[] => path.split('/').map(decodeURIComponent);
