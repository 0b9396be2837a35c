/** Which headers cross the forwarder, in each direction: allow-lists, nothing else. */
import type { IncomingHttpHeaders } from 'node:http';

/** reply-from hands over Content-Length as a number. */
type Headers = Readonly<Record<string, string | number | readonly string[] | undefined>>;

/**
 * Request headers the dashboard sends and the Partner Center API reads: the token, the response
 * type, the language, the precondition of an update, and the API's documented MS-* headers. Nothing
 * else leaves: no cookies, Origin, Referer, User-Agent, X-Forwarded-*, Accept-Encoding (so bodies
 * come back as the API sends them) nor any other MS-* name.
 */
const requestHeaders = new Set([
  'authorization',
  'accept',
  'x-locale',
  'if-match',
  'ms-requestid',
  'ms-correlationid',
  'ms-cv',
  'ms-continuationtoken',
  'ms-partnercenter-application',
  'ms-contract-version',
]);

/** Only with a body (POST, PUT, PATCH), which the server forwards byte for byte. */
const bodyHeaders = new Set(['content-type', 'content-length']);

/** Response headers the dashboard (or a browser) needs; no cookies, HSTS, CORS, Alt-Svc, NEL… */
export const forwardedResponseHeaders: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'date',
  'retry-after',
  'www-authenticate',
  'location',
  'ms-requestid',
  'ms-correlationid',
  'ms-cv',
  'ms-serverid',
]);

/** The names a `Connection: a, b` header lists describe one connection, never the message. */
function connectionScoped(headers: Headers): Set<string> {
  const value = headers.connection ?? '';
  const listed = typeof value === 'object' ? value.join(',') : String(value);
  return new Set(listed.split(',').map((name) => name.trim().toLowerCase()));
}

function pick(headers: Headers, allowed: (name: string) => boolean): IncomingHttpHeaders {
  const scoped = connectionScoped(headers);
  const picked: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || scoped.has(lower) || !allowed(lower)) continue;
    picked[lower] = typeof value === 'object' ? value.join(', ') : String(value);
  }
  return picked;
}

export function pickRequestHeaders(headers: Headers, withBody: boolean): IncomingHttpHeaders {
  return pick(headers, (name) => requestHeaders.has(name) || (withBody && bodyHeaders.has(name)));
}

export function pickResponseHeaders(headers: Headers): IncomingHttpHeaders {
  return pick(headers, (name) => forwardedResponseHeaders.has(name));
}
