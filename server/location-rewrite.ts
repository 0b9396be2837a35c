/**
 * The API answers some calls (a batch upload) with a `Location` naming the new resource on the
 * API's own origin: `https://api.partnercenter.microsoft.com/v1/customers/c/batchJobStatus/t` or a
 * bare `/customers/c/batchJobStatus/t`. The browser can only reach it through this server, so the
 * value is moved onto the dashboard's API path. A Location anywhere else is dropped: the server
 * never points the browser at a site it does not forward to.
 */
export type LocationRewrite =
  | { readonly kind: 'rewritten'; readonly location: string }
  | { readonly kind: 'dropped'; readonly origin: string };

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The official SDK's rule: an API path gets `/v1` in front unless it already starts with `/v1/`
 * (in any case).
 */
function withVersion(path: string): string {
  return /^\/v1\//i.test(path) ? path : `/v1${path}`;
}

export function rewriteLocation(
  location: string,
  upstreamOrigin: string,
  apiBasePath: string,
): LocationRewrite {
  const trimmed = location.trim();
  // Absolute URLs and host-relative paths only; `//host/x` names another host.
  const absolute = hasScheme.test(trimmed);
  if (!absolute && !trimmed.startsWith('/')) return { kind: 'dropped', origin: 'relative' };
  if (!URL.canParse(trimmed, upstreamOrigin)) return { kind: 'dropped', origin: 'unparsable' };
  const url = new URL(trimmed, upstreamOrigin);
  if (url.origin !== new URL(upstreamOrigin).origin) {
    return { kind: 'dropped', origin: url.origin === 'null' ? url.protocol : url.origin };
  }
  return { kind: 'rewritten', location: `${apiBasePath}${withVersion(url.pathname)}${url.search}` };
}
