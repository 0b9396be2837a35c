/** Where the Partner Center API lives: an origin plus a path prefix without a trailing slash. */
export interface ApiBase {
  origin: string;
  /** `''` when the API sits at the origin's root, e.g. `https://api.partnercenter.microsoft.com`. */
  path: string;
}

/**
 * Reads the configured API base: an absolute URL, or a same-origin path such as
 * `/api/partner-center` (the proxy in front of Partner Center), resolved against the page's origin.
 */
export function parseApiBase(apiBase: string): ApiBase {
  const url = new URL(apiBase, window.location.origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The Partner Center API base must be an http(s) URL or a path: ${apiBase}`);
  }
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
}

export function formatApiBase(base: ApiBase): string {
  return `${base.origin}${base.path}`;
}

/**
 * True when `url` is the API base or below it: same origin and path under the base path. Checked
 * on the final, normalised URL, so `..` segments cannot climb out of the base path.
 */
export function isWithinApiBase(url: URL, base: ApiBase): boolean {
  return (
    url.origin === base.origin &&
    (url.pathname === base.path || url.pathname.startsWith(`${base.path}/`))
  );
}
