/**
 * The first look at every request, before Fastify routes it. Hand-written on purpose: Fastify
 * routes on the raw target first, so a hook would run after an absolute-form target
 * (`GET http://host/x`), a malformed escape or a second Host header had already been acted on. Here
 * one function refuses them all the same way, with the security headers, and hands Fastify an
 * origin-form target it can route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostMatcher } from './allowed-hosts.js';
import { writeText } from './gateway-errors.js';
import { checkRequestTarget } from './request-target.js';

export interface RequestGate {
  /** Once the port is known: the default allowed hosts name it. Until then, nothing is admitted. */
  allowHosts(matcher: HostMatcher): void;
  /** True when the request may go on to Fastify; otherwise it has been answered (400 or 421). */
  admit(req: IncomingMessage, res: ServerResponse): boolean;
}

/** Node keeps only the first of several Host headers in `req.headers`; the raw list has them all. */
function hostHeaderCount(rawHeaders: readonly string[]): number {
  return rawHeaders.filter((value, index) => index % 2 === 0 && value.toLowerCase() === 'host')
    .length;
}

/**
 * A container platform's probe names the pod's address (Kubernetes) or 127.0.0.1 (Docker's
 * HEALTHCHECK) as Host, never the public name in ALLOWED_HOSTS. The health answer holds no data and
 * sets nothing, so it is admitted whatever the Host says.
 */
function isHealthProbe(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && req.url === '/healthz';
}

export function createRequestGate(securityHeaders: Readonly<Record<string, string>>): RequestGate {
  let isAllowedHost: HostMatcher = () => false;
  return {
    allowHosts: (matcher) => {
      isAllowedHost = matcher;
    },
    admit: (req, res) => {
      if (hostHeaderCount(req.rawHeaders) > 1) {
        writeText(res, 400, 'More than one Host header.', securityHeaders);
        return false;
      }
      if (isHealthProbe(req)) return true;
      const target = checkRequestTarget(req.url ?? '', req.headers.host, isAllowedHost);
      if (!target.ok) {
        writeText(res, target.status, target.message, securityHeaders);
        return false;
      }
      // Absolute-form becomes origin-form; an origin-form target stays exactly as received.
      if (!req.url?.startsWith('/')) {
        req.url = target.query ? `${target.path}?${target.query}` : target.path;
      }
      return true;
    },
  };
}
