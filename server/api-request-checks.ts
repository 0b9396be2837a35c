/**
 * What an API call must be before anything is read or forwarded: a route of api-routes.ts with one
 * of its methods, a bearer token, and a JSON body where there is one. Each refusal is answered in
 * the API gateway's error shape, without calling the API.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchApiRoute, methodsWithBody } from './api-routes.js';
import { replyGatewayError } from './gateway-errors.js';

/** `/api/partner-center/v1/customers?size=1` → `/v1/customers` (still percent-encoded). */
export function apiPathOf(url: string, apiBasePath: string): string {
  return (url.split('?', 1)[0] ?? '').slice(apiBasePath.length);
}

/** The API takes only bearer tokens; a call without one would fail there anyway. */
function hasBearerToken(authorization: string | undefined): boolean {
  return authorization !== undefined && /^bearer +\S+ *$/i.test(authorization);
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

export function createApiRequestCheck(apiBasePath: string) {
  return async function checkApiRequest(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> {
    const match = matchApiRoute(request.method, apiPathOf(request.url, apiBasePath));
    if (match.kind === 'unknown-path') {
      return replyGatewayError(
        request,
        reply,
        404,
        'The dashboard does not forward this API path.',
      );
    }
    if (match.kind === 'wrong-method') {
      return replyGatewayError(request, reply, 405, `${request.method} is not allowed here.`, {
        Allow: match.allow,
      });
    }
    if (!hasBearerToken(request.headers.authorization)) {
      return replyGatewayError(request, reply, 401, 'A bearer token is required.', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    if (methodsWithBody.has(request.method) && !isJson(request.headers['content-type'])) {
      return replyGatewayError(request, reply, 415, 'Request bodies must be application/json.');
    }
    return undefined;
  };
}
