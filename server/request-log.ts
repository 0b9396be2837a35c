/**
 * One JSON line per request, written when its response is over (finished or cut off): time,
 * method, path (never the query), status, duration and the request's MS-RequestId. Headers (the
 * token among them) and queries (search terms) are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { guidOrUndefined } from './request-ids.js';

export type LogLine = (line: string) => void;

type Note = Readonly<Record<string, string | number>>;

const notes = new WeakMap<IncomingMessage, Note>();

/** Adds fields to the request's log line, e.g. why the upstream call failed. */
export function noteOnRequest(req: IncomingMessage, note: Note): void {
  notes.set(req, { ...notes.get(req), ...note });
}

/** A log line that is not about one request (start, stop, a warning). */
export function logEvent(log: LogLine, level: 'info' | 'warn' | 'error', msg: string, extra = {}) {
  log(JSON.stringify({ time: new Date().toISOString(), level, msg, ...extra }));
}

export function logWhenDone(req: IncomingMessage, res: ServerResponse, log: LogLine): void {
  const started = performance.now();
  const path = (req.url ?? '').split(/[?#]/, 1)[0] ?? '';
  const msRequestId = guidOrUndefined(req.headers['ms-requestid']);
  res.once('close', () => {
    const aborted = !res.writableFinished;
    const status = res.headersSent ? res.statusCode : null;
    log(
      JSON.stringify({
        time: new Date().toISOString(),
        level: aborted || (status ?? 0) >= 500 ? 'warn' : 'info',
        msg: 'request',
        method: req.method,
        path,
        status,
        durationMs: Math.round(performance.now() - started),
        ...(msRequestId === undefined ? {} : { msRequestId }),
        ...(aborted ? { aborted: true } : {}),
        ...notes.get(req),
      }),
    );
  });
}
