/**
 * Puts the security headers on every response Fastify writes: @fastify/helmet for all routes, with
 * MSAL's redirect bridge page framed by the app itself (see `bridgeRouteHelmet`).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { buildHelmetOptions } from './helmet-options.js';
import { deniedFeatures, type SecurityHeaderOptions } from './security-headers.js';

const permissionsPolicy = deniedFeatures.map((feature) => `${feature}=()`).join(', ');

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: Omit<SecurityHeaderOptions, 'framedBySelf'>,
): Promise<void> {
  await app.register(helmet, { ...buildHelmetOptions(options), global: true });
  // Set on the raw response like helmet's headers, so a reply that clears its own headers (an
  // upstream failure, see gateway-errors.ts) keeps it.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.raw.setHeader('Permissions-Policy', permissionsPolicy);
    done();
  });
}

/** The `helmet` route option of `/redirect.html`, the one page the app may frame. */
export function bridgeRouteHelmet(options: Omit<SecurityHeaderOptions, 'framedBySelf'>) {
  return buildHelmetOptions({ ...options, framedBySelf: true });
}
