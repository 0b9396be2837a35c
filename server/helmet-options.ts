/**
 * security-headers.ts's policy as @fastify/helmet options. Helmet writes every header but
 * Permissions-Policy, which it does not know; security-headers-plugin.ts adds that one.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';
import {
  contentSecurityPolicyDirectives,
  hstsMaxAgeSeconds,
  type SecurityHeaderOptions,
} from './security-headers.js';

export function buildHelmetOptions(options: SecurityHeaderOptions): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      // Exactly our directives: helmet's defaults would add font and style sources we do not use.
      useDefaults: false,
      directives: Object.fromEntries(contentSecurityPolicyDirectives(options)),
    },
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: options.framedBySelf ? 'sameorigin' : 'deny' },
    strictTransportSecurity: options.https
      ? { maxAge: hstsMaxAgeSeconds, includeSubDomains: true }
      : false,
  };
}
