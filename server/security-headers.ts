/**
 * The response headers that lock the dashboard down. Pure functions: helmet-options.ts hands this
 * policy to @fastify/helmet, the responses the server writes before Fastify sees a request (refused
 * hosts, unparsable requests) carry buildSecurityHeaders(), and a development-server plugin can
 * send the same. The tests check that helmet's output equals buildSecurityHeaders().
 */

export interface SecurityHeaderOptions {
  /**
   * Origins of the identity provider. MSAL fetches its metadata and tokens from them (connect-src),
   * renews sessions in a hidden iframe on them (frame-src) and may post forms to them (form-action).
   * Values may carry a path (an authority URL); only the origin is used.
   */
  readonly authorityOrigins: readonly string[];
  /** True when users reach the app over HTTPS: its own TLS or a TLS-terminating proxy in front. */
  readonly https: boolean;
  /**
   * Only for MSAL's redirect bridge page (`/redirect.html`): silent renewal loads it in a hidden
   * iframe inside the app itself, so it may be framed by this origin. Every other response may be
   * framed by no one.
   */
  readonly framedBySelf?: boolean;
}

/** The one page MSAL's hidden renewal iframe lands on, inside the app's own frame. */
export const redirectBridgePath = '/redirect.html';

/** Browser features the dashboard never uses, denied to it and to every frame it embeds. */
export const deniedFeatures = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const hstsMaxAgeSeconds = 31_536_000;
const hsts = { 'Strict-Transport-Security': `max-age=${hstsMaxAgeSeconds}; includeSubDomains` };

/** `https://login.example/tenant/` → `https://login.example`; throws on anything but an http(s) URL. */
export function toOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Not an http(s) origin: ${value}`);
  }
  return url.origin;
}

/** The policy's directives in order, each with its sources; the first entry is `default-src`. */
export function contentSecurityPolicyDirectives(
  options: SecurityHeaderOptions,
): [string, string[]][] {
  const identityProvider = [...new Set(options.authorityOrigins.map(toOrigin))];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Mantine writes style attributes (style props, CSS variables) and injects one <style> tag with
    // its theme variables. Attributes cannot carry a nonce, so inline styles must be allowed; they
    // cannot run script, and script-src stays strict.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...identityProvider]],
    // MSAL's silent renewal loads the provider in a hidden iframe, which the provider then redirects
    // back to this origin (the redirect bridge page): both must be allowed as frame sources.
    ['frame-src', ["'self'", ...identityProvider]],
    ['form-action', ["'self'", ...identityProvider]],
    ['frame-ancestors', [options.framedBySelf ? "'self'" : "'none'"]],
    ['base-uri', ["'self'"]],
    ['object-src', ["'none'"]],
  ];
  if (options.https) directives.push(['upgrade-insecure-requests', []]);
  return directives;
}

/** The header's value, written as helmet writes it (directives joined by `;`). */
export function buildContentSecurityPolicy(options: SecurityHeaderOptions): string {
  return contentSecurityPolicyDirectives(options)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join(';');
}

/** Headers for every response the server produces itself: files, the app shell, config, errors. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
    // Cuts the link to any page that opened the dashboard, but keeps the handle on popups the
    // dashboard opens itself, which MSAL's popup flow watches (same-origin would report them closed).
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    // The legacy twin of frame-ancestors, for browsers that predate it.
    'X-Frame-Options': options.framedBySelf ? 'SAMEORIGIN' : 'DENY',
    // Helmet's defaults, kept: no other site may embed our files, the page gets its own agent
    // cluster, and three legacy headers are switched to their safe values.
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    'X-DNS-Prefetch-Control': 'off',
    'X-Download-Options': 'noopen',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'X-XSS-Protection': '0',
    ...(options.https ? hsts : {}),
  };
}

/**
 * Headers added to forwarded API responses. Their bodies come from another service, so the browser
 * must never sniff them into HTML, nor run or frame anything from them if one is opened directly.
 */
export function buildApiResponseHeaders(
  options: Pick<SecurityHeaderOptions, 'https'>,
): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    ...(options.https ? hsts : {}),
  };
}
