/** One log line per request: method, path (never the query: it carries codes and hints), status, time. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type LogLine = (line: string) => void;

export function logWhenDone(req: IncomingMessage, res: ServerResponse, log: LogLine): void {
  const started = performance.now();
  const path = (req.url ?? '').split('?')[0] ?? '';
  res.once('close', () => {
    const status = res.headersSent ? String(res.statusCode) : '-';
    const ms = Math.round(performance.now() - started);
    log(
      `${req.method ?? '-'} ${path} ${status} ${ms}ms${res.writableFinished ? '' : ' (aborted)'}`,
    );
  });
}
