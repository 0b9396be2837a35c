/**
 * Checks a request's target before anything routes on it: the authority must be one the server
 * answers for, and the path must not try to climb out of where it points.
 */
import type { HostMatcher } from './allowed-hosts.js';

export type RequestTarget =
  | {
      readonly ok: true;
      /** As received, still percent-encoded; always starts with `/`. */
      readonly path: string;
      /** `path` decoded, free of dot segments, backslashes and NUL. */
      readonly decodedPath: string;
      /** Without the `?`; empty when there is none. */
      readonly query: string;
    }
  | { readonly ok: false; readonly status: 400 | 421; readonly message: string };

const absoluteForm = /^https?:\/\/([^/?]*)(.*)$/i;

function refuse(status: 400 | 421, message: string): RequestTarget {
  return { ok: false, status, message };
}

/**
 * Decodes a path, or returns undefined when it is malformed or could escape: a `.` or `..`
 * segment (raw or encoded), a backslash (raw or `%5C`), or NUL (`%00`). Checked after decoding, so
 * every encoding of the same character is caught; nothing is decoded twice, so `%252e` stays text.
 */
export function decodeSafePath(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return undefined;
  const climbs = decoded.split('/').some((segment) => segment === '..' || segment === '.');
  return climbs ? undefined : decoded;
}

/**
 * `rawTarget` is the request line's target (`req.url`). Origin-form (`/path?query`) is checked
 * against the Host header; absolute-form (`http://host/path`, which HTTP/1.1 servers must accept)
 * against its own authority, as the Host header is then ignored.
 */
export function checkRequestTarget(
  rawTarget: string,
  hostHeader: string | undefined,
  isAllowedHost: HostMatcher,
): RequestTarget {
  let pathAndQuery: string;
  const absolute = absoluteForm.exec(rawTarget);
  if (absolute) {
    if (!isAllowedHost(absolute[1] ?? ''))
      return refuse(421, 'This server does not serve that host.');
    const rest = absolute[2] ?? '';
    pathAndQuery = rest.startsWith('/') ? rest : `/${rest}`;
  } else if (rawTarget.startsWith('/')) {
    if (hostHeader === undefined) return refuse(400, 'The Host header is missing.');
    if (!isAllowedHost(hostHeader)) return refuse(421, 'This server does not serve that host.');
    pathAndQuery = rawTarget;
  } else {
    return refuse(400, 'Unsupported request target.');
  }

  if (pathAndQuery.includes('#')) return refuse(400, 'A request target has no fragment.');
  const queryStart = pathAndQuery.indexOf('?');
  const path = queryStart === -1 ? pathAndQuery : pathAndQuery.slice(0, queryStart);
  const query = queryStart === -1 ? '' : pathAndQuery.slice(queryStart + 1);
  const decodedPath = decodeSafePath(path);
  if (decodedPath === undefined) return refuse(400, 'Invalid path.');
  return { ok: true, path, decodedPath, query };
}
