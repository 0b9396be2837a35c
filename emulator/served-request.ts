/**
 * One request a local server answered, and the readable log line `npm start` and
 * `npm run emulator` print for it: `GET /v1/customers?size=100 200 12 ms`.
 */
export interface ServedRequest {
  readonly method: string;
  /** The request target as sent, still percent-encoded; it may hold a query. */
  readonly path: string;
  /** Undefined when no response was sent (a `hang` fault, or the client went away first). */
  readonly status: number | undefined;
  readonly durationMs: number;
  /** The response was cut off before its end. */
  readonly aborted?: boolean;
}

const guids = /\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

// Decoded text is printed: control characters stay escaped so a request cannot forge log lines.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;
const escapeControls = (text: string): string =>
  text.replace(controlCharacters, (character) => encodeURIComponent(character));

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A path segment decoded, but an encoded `/` kept, so the segments stay where they are. */
const decodeSegment = (segment: string): string => segment.split(/%2f/i).map(decode).join('%2F');

/**
 * A request target as a person reads it: percent-escapes decoded (`Test batch`, not
 * `Test%20batch`), GUIDs cut to their first eight digits (`e3a09f87…`), and the query shown only
 * when `withQuery` (the dashboard's and the identity provider's queries carry search terms, codes
 * and hints, and are never printed).
 */
export function readablePath(target: string, { withQuery }: { withQuery: boolean }): string {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  const readableQuery = [...new URLSearchParams(query)]
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`))
    .join('&');
  const readable =
    path.split('/').map(decodeSegment).join('/') +
    (withQuery && readableQuery !== '' ? `?${readableQuery}` : '');
  return escapeControls(readable).replace(guids, (_guid, start: string) => `${start}…`);
}

/** `GET /v1/customers?size=100 200 12 ms`; `no response` when none was sent. */
export function formatServedRequest(request: ServedRequest, { withQuery = false } = {}): string {
  const status = request.status === undefined ? 'no response' : String(request.status);
  const path = readablePath(request.path, { withQuery });
  const aborted = request.aborted === true ? ' (aborted)' : '';
  return `${request.method} ${path} ${status} ${String(request.durationMs)} ms${aborted}`;
}

/** `emulator    GET …`: the server a line comes from, in a column of its own. */
export const labelled = (server: string, line: string): string => `${server.padEnd(12)}${line}`;
