/**
 * What MSAL sends Entra ID that oidc-provider would refuse or not find, adjusted before the
 * provider sees the request:
 * - discovery lives at `/{tenant}/v2.0/.well-known/...`, oidc-provider serves it at the root;
 * - `logoutRedirect` sends no `client_id` (Entra ID does not need one): the only client's is added;
 * - refresh requests name `offline_access`, which oidc-provider (following OpenID Connect) grants
 *   only after `prompt=consent`, so it answers `invalid_scope`; Entra ID ignores it, so it is
 *   dropped.
 */
import { IncomingMessage } from 'node:http';
import { dashboardClientId } from './dashboard-client';
import { entraPaths } from './entra-paths';
import { readBody } from './request-body';

export async function adaptEntraRequest(req: IncomingMessage): Promise<IncomingMessage> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  switch (url.pathname) {
    case entraPaths.discovery:
      req.url = `/.well-known/openid-configuration${url.search}`;
      return req;
    case entraPaths.logout:
      if (!url.searchParams.has('client_id')) {
        url.searchParams.set('client_id', dashboardClientId);
        req.url = `${url.pathname}${url.search}`;
      }
      return req;
    case entraPaths.token:
      return isForm(req) ? withBody(req, withoutOfflineAccess(await readBody(req))) : req;
    default:
      return req;
  }
}

function isForm(req: IncomingMessage): boolean {
  const contentType = req.headers['content-type'] ?? '';
  return req.method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded');
}

function withoutOfflineAccess(body: string): string {
  const form = new URLSearchParams(body);
  const scope = form.get('scope');
  if (form.get('grant_type') !== 'refresh_token' || scope === null) return body;
  const scopes = scope.split(' ').filter((name) => name !== 'offline_access');
  form.set('scope', scopes.join(' '));
  return form.toString();
}

/**
 * The same request with another body (the original's has been read). It shares the original's
 * socket; `complete` tells Node the message was received whole, so ending it leaves the socket
 * open.
 */
function withBody(original: IncomingMessage, body: string): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = { ...original.headers, 'content-length': String(Buffer.byteLength(body)) };
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
