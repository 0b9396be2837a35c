/** One log line per request: method, path (never the query), status, duration. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type LogLine = (line: string) => void;

/**
 * Logs when the response is over. Only the path is logged: queries may carry search terms, and
 * headers (the token among them) are never logged at all. `-` stands for no status sent (the client
 * left first); "(aborted)" marks a response that was cut off.
 */
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
