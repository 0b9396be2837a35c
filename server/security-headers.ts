/**
 * The response headers that lock the dashboard down. Pure functions, so the production server,
 * its tests and a development-server plugin all send the same policy.
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
const deniedFeatures = [
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

const hsts = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' };

/** `https://login.example/tenant/` → `https://login.example`; throws on anything but an http(s) URL. */
export function toOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Not an http(s) origin: ${value}`);
  }
  return url.origin;
}

export function buildContentSecurityPolicy(options: SecurityHeaderOptions): string {
  const identityProvider = [...new Set(options.authorityOrigins.map(toOrigin))];
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine writes style attributes (style props, CSS variables) and injects one <style> tag with
    // its theme variables. Attributes cannot carry a nonce, so inline styles must be allowed; they
    // cannot run script, and script-src stays strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...identityProvider].join(' '),
    // MSAL's silent renewal loads the provider in a hidden iframe, which the provider then redirects
    // back to this origin (the redirect bridge page): both must be allowed as frame sources.
    ['frame-src', "'self'", ...identityProvider].join(' '),
    ['form-action', "'self'", ...identityProvider].join(' '),
    options.framedBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
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
