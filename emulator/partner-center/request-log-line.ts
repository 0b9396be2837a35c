import type { CompletedRequest } from './emulator-options';

/** `GET /v1/customers?size=500 200 12 ms MS-RequestId=…`, one line per request. */
export function formatRequestLogLine(request: CompletedRequest): string {
  const status = request.status === undefined ? 'no response' : String(request.status);
  return `${request.method} ${request.path} ${status} ${String(request.durationMs)} ms MS-RequestId=${request.requestId}`;
}
