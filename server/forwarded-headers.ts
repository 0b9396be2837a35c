/** Which headers cross the forwarder, in each direction. */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/**
 * Request headers the Partner Center API reads (the token, the response type, the language, and its
 * own MS-* ids, continuation token and client names). Nothing else leaves: no cookies, no Origin or
 * Referer, no X-Forwarded-*, nothing that tells the API about the browser or this server.
 */
const forwardedRequestHeaders = new Set(['authorization', 'accept', 'x-locale']);

export function pickRequestHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name, value]) =>
        value !== undefined && (forwardedRequestHeaders.has(name) || name.startsWith('ms-')),
    ),
  );
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection, not the response. */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * The upstream response's headers minus hop-by-hop ones (including any the upstream names in its
 * Connection header) and Set-Cookie (the API has no business setting cookies on the dashboard's
 * origin), with `added` on top, replacing upstream values of the same name.
 */
export function pickResponseHeaders(
  headers: IncomingHttpHeaders,
  added: Readonly<Record<string, string>>,
): OutgoingHttpHeaders {
  const connectionScoped = (headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  const kept = Object.entries(headers).filter(
    ([name, value]) =>
      value !== undefined &&
      name !== 'set-cookie' &&
      !hopByHop.has(name) &&
      !connectionScoped.includes(name),
  );
  const overrides = Object.entries(added).map(([name, value]): [string, string] => [
    name.toLowerCase(),
    value,
  ]);
  return Object.fromEntries([...kept, ...overrides]);
}
