/**
 * The dashboard server writes one JSON line per request and per event (server/request-log.ts);
 * `npm start` prints them in the readable form of the other local servers:
 * `GET /customers/e3a09f87…/device-batches 200 3 ms`. The query is never printed (it holds
 * search terms), and neither is anything the server did not put in the line (it logs no token).
 */
import { formatServedRequest } from '../emulator/served-request';

type Fields = Readonly<Record<string, unknown>>;

/** Fields every line has, or that the readable form already shows. */
const shownElsewhere = new Set([
  'time',
  'level',
  'msg',
  'method',
  'path',
  'status',
  'durationMs',
  'msRequestId',
  'aborted',
]);

function parse(line: string): Fields | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Fields) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/** ` upstreamError=ECONNREFUSED`: what the server noted beyond the usual fields. */
function notes(fields: Fields): string {
  return Object.entries(fields)
    .filter(([key]) => !shownElsewhere.has(key))
    .map(([key, value]) => ` ${key}=${text(value)}`)
    .join('');
}

export function formatDashboardLogLine(line: string): string {
  const fields = parse(line);
  if (fields === undefined) return line.trim();
  const { msg, method, path, status, durationMs, level } = fields;
  if (msg === 'request' && typeof method === 'string' && typeof path === 'string') {
    const request = formatServedRequest({
      method,
      // The server logs the path alone; a query is cut off here all the same.
      path: path.split('?', 1)[0] ?? '',
      status: typeof status === 'number' ? status : undefined,
      durationMs: typeof durationMs === 'number' ? durationMs : 0,
      aborted: fields.aborted === true,
    });
    return `${request}${notes(fields)}`;
  }
  const prefix = level === 'info' || level === undefined ? '' : `${text(level)}: `;
  return `${prefix}${text(msg)}${notes(fields)}`;
}
