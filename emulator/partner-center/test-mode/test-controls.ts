import type { PollingProgress } from '../../seed/polling-progress';
import { methodNotAllowed, resourceNotFound } from '../api-errors';
import type { IncomingRequest } from '../incoming-request';
import type { Reply } from '../replies';
import { createRouter } from '../router';
import { createFaultRegistry, type FaultRegistry } from './fault-registry';
import { faultSpecSchema } from './fault-spec';
import { createRequestLog, type RequestLog } from './request-log';

/**
 * The `/__emulator/*` routes, served only in test mode: add and remove faults, reset the polling
 * customer, forget what writes changed (uploads, deregistrations, profiles and their assignments),
 * read the request log. Their bodies are plain JSON, not Partner Center shapes.
 */
export interface ControlRequest extends IncomingRequest {
  readonly body: string;
}

export interface TestControls {
  readonly faults: FaultRegistry;
  readonly requestLog: RequestLog;
  dispatch(request: ControlRequest): Reply;
}

export const isControlPath = (rawPath: string): boolean =>
  rawPath.toLowerCase().startsWith('/__emulator/');

const badRequest = (error: string): Reply => ({ status: 400, body: { error } });

type ControlHandler = (request: ControlRequest) => Reply;

/**
 * `forgetWrites`: forgets what writes changed for one customer (or everyone) and returns how many
 * batch jobs (uploads, profile assignments) were forgotten.
 */
export function createTestControls(
  pollingProgress: PollingProgress,
  forgetWrites: (customerId?: string) => number,
): TestControls {
  const faults = createFaultRegistry();
  const requestLog = createRequestLog();
  const scopeOf = (request: ControlRequest): string | undefined =>
    request.query.get('scope') ?? undefined;

  const addFault: ControlHandler = (request) => {
    let json: unknown;
    try {
      json = JSON.parse(request.body);
    } catch {
      return badRequest('The body is not JSON');
    }
    const spec = faultSpecSchema.safeParse(json);
    if (!spec.success) return badRequest(spec.error.message);
    return { status: 201, body: faults.add(spec.data) };
  };

  const listRequests: ControlHandler = (request) => {
    const since = request.query.get('since') ?? '0';
    if (!/^\d+$/.test(since)) return badRequest('since must be a request sequence number');
    const requests = requestLog.since(Number(since));
    return {
      status: 200,
      body: { requests, lastSequence: requests.at(-1)?.sequence ?? Number(since) },
    };
  };

  const matchControlRoute = createRouter<ControlHandler>([
    { method: 'POST', pattern: '/__emulator/faults', handler: addFault },
    {
      method: 'DELETE',
      pattern: '/__emulator/faults',
      handler: (request) => ({ status: 200, body: { removed: faults.remove(scopeOf(request)) } }),
    },
    {
      method: 'POST',
      pattern: '/__emulator/reset',
      handler: (request) => {
        pollingProgress.reset();
        const scope = scopeOf(request);
        return {
          status: 200,
          body: { removedFaults: scope === undefined ? 0 : faults.remove(scope) },
        };
      },
    },
    { method: 'GET', pattern: '/__emulator/requests', handler: listRequests },
    {
      method: 'DELETE',
      pattern: '/__emulator/uploads',
      handler: (request) => ({
        status: 200,
        body: {
          removedUploads: forgetWrites(request.query.get('customerId') ?? undefined),
        },
      }),
    },
  ]);

  return {
    faults,
    requestLog,
    dispatch(request) {
      const match = matchControlRoute(request.method, request.rawPath);
      if (match.kind === 'matched') return match.handler(request);
      if (match.kind === 'method-not-allowed') return methodNotAllowed(match.allowed);
      return resourceNotFound();
    },
  };
}
