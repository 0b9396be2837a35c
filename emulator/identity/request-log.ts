/**
 * Reports each request when its response is over, without the query: it carries codes and hints.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServedRequest } from '../served-request';

export type LogLine = (line: string) => void;

export type LogRequest = (request: ServedRequest) => void;

export function logWhenDone(req: IncomingMessage, res: ServerResponse, log: LogRequest): void {
  const started = performance.now();
  const path = (req.url ?? '').split('?')[0] ?? '';
  res.once('close', () => {
    log({
      method: req.method ?? '-',
      path,
      status: res.headersSent ? res.statusCode : undefined,
      durationMs: Math.round(performance.now() - started),
      ...(!res.writableFinished && { aborted: true }),
    });
  });
}
