import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { requestEntityTooLarge, unexpectedServiceError } from './api-errors';
import { correlationIdsFor, type CorrelationIds } from './correlation-headers';
import type { CompletedRequest } from './emulator-options';
import { defaultHangMs, defaultLatencyMs, replacementReply } from './test-mode/fault-effects';
import { isControlPath, type TestControls } from './test-mode/test-controls';
import {
  readIncomingRequest,
  type IncomingRequest,
  type ReceivedRequest,
} from './incoming-request';
import type { Reply } from './replies';
import { readRequestBody } from './request-body';
import { sendReply } from './send-reply';

export interface PipelineServices {
  readonly dispatchApi: (request: ReceivedRequest) => Promise<Reply>;
  /** Present in test mode only. */
  readonly testControls: TestControls | undefined;
  readonly serverId: string;
  readonly log: ((request: CompletedRequest) => void) | undefined;
}

const maxControlBodyBytes = 64 * 1024;

/**
 * 500 devices with 4K hashes are about 2.7 MB of JSON (docs/partner-center-api.md §15); the limit
 * only keeps a runaway client from filling the emulator's memory. No limit is documented.
 */
const maxApiBodyBytes = 16 * 1024 * 1024;

/** Keeps the request open without answering, until the client gives up or `ms` pass. */
function hang(response: ServerResponse, ms: number): void {
  const timer = setTimeout(() => response.destroy(), ms);
  timer.unref();
  response.on('close', () => clearTimeout(timer));
}

async function handle(
  services: PipelineServices,
  message: IncomingMessage,
  response: ServerResponse,
  request: IncomingRequest,
  ids: CorrelationIds,
): Promise<void> {
  const { testControls, serverId } = services;
  if (testControls !== undefined && isControlPath(request.rawPath)) {
    const body = await readRequestBody(message, maxControlBodyBytes);
    if (body === undefined) throw new Error('Control request body too large');
    sendReply(response, testControls.dispatch({ ...request, body }), ids, serverId);
    return;
  }
  if (testControls !== undefined) {
    const complete = testControls.requestLog.record(request, ids);
    response.on('finish', () => complete(response.statusCode));
  }
  const fault = testControls?.faults.take(request.method, request.rawPath, request.query);
  if (fault?.kind === 'hang') {
    hang(response, fault.latencyMs ?? defaultHangMs);
    return;
  }
  if (fault?.kind === 'latency') await delay(fault.latencyMs ?? defaultLatencyMs);
  const replacement = fault && replacementReply(fault);
  if (replacement !== undefined) {
    sendReply(response, replacement, ids, serverId, fault);
    return;
  }
  const body = await readRequestBody(message, maxApiBodyBytes);
  if (body === undefined) {
    sendReply(response, requestEntityTooLarge(), ids, serverId);
    return;
  }
  const reply = await services.dispatchApi({ ...request, body });
  if (fault?.kind === 'accept-then-hang') {
    // The request has had its effect (an upload is registered); only the answer is lost.
    hang(response, fault.latencyMs ?? defaultHangMs);
    return;
  }
  sendReply(response, reply, ids, serverId, fault);
}

/**
 * One request, start to end: correlation ids, the test controls (test mode), injected faults,
 * then the API; one log entry when the response is done or abandoned.
 */
export function createRequestListener(services: PipelineServices): RequestListener {
  return (message, response) => {
    const startedAt = performance.now();
    const request = readIncomingRequest(message);
    const ids = correlationIdsFor(request.headers);
    response.on('close', () => {
      services.log?.({
        method: request.method,
        path: request.target,
        status: response.headersSent ? response.statusCode : undefined,
        durationMs: Math.round(performance.now() - startedAt),
        requestId: ids.requestId,
      });
    });
    handle(services, message, response, request, ids).catch((error: unknown) => {
      console.error('Partner Center emulator: unexpected error', error);
      if (!response.headersSent)
        sendReply(response, unexpectedServiceError(), ids, services.serverId);
    });
  };
}
