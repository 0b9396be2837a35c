/**
 * What becomes of the upstream's answer: its allowed headers (with Location moved onto the
 * dashboard's API path), its status and body streamed back; or, when the call failed, timed out or
 * came back malformed, a 502 or 504 in the gateway error shape. Nothing an upstream sends can stop
 * the process.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyReplyFromHooks } from '@fastify/reply-from';
import { forwardedResponseHeaders, pickResponseHeaders } from './forwarded-headers.js';
import { isAnsweredByGateway, replyGatewayError } from './gateway-errors.js';
import { rewriteLocation } from './location-rewrite.js';
import { noteOnRequest } from './request-log.js';

export interface UpstreamReplyOptions {
  readonly upstreamOrigin: string;
  readonly apiBasePath: string;
  /** Added to every forwarded response, over the upstream's values. */
  readonly addedHeaders: Readonly<Record<string, string>>;
}

/** reply-from hands over undici's answer, not the type its declarations name. */
interface UpstreamAnswer {
  readonly headers: IncomingHttpHeaders;
  readonly stream: Readable;
}

export const upstreamTimeoutMessage = 'The Partner Center API did not answer in time.';
const unreachableMessage = 'The Partner Center API could not be reached.';

function rewriteHeaders(
  request: FastifyRequest,
  headers: IncomingHttpHeaders,
  options: UpstreamReplyOptions,
): IncomingHttpHeaders {
  const kept = pickResponseHeaders(headers);
  if (typeof kept.location === 'string') {
    const rewrite = rewriteLocation(kept.location, options.upstreamOrigin, options.apiBasePath);
    if (rewrite.kind === 'rewritten') kept.location = rewrite.location;
    else {
      delete kept.location;
      noteOnRequest(request.raw, { droppedLocationOrigin: rewrite.origin });
    }
  }
  return kept;
}

/** An error answer must not carry what was copied from the upstream (its length, its type…). */
function dropUpstreamHeaders(reply: FastifyReply): void {
  for (const name of forwardedResponseHeaders) reply.removeHeader(name);
}

function codeOf(error: unknown): string {
  const { code, cause } = error as { code?: string; cause?: { code?: string } };
  return cause?.code ?? code ?? 'unknown';
}

/** reply-from reports timeouts (headers, connect) with status 504; all else is unreachable. */
function answerFailure(request: FastifyRequest, reply: FastifyReply, error: unknown): void {
  const timedOut = (error as { statusCode?: unknown }).statusCode === 504;
  noteOnRequest(request.raw, { upstreamError: codeOf(error) });
  dropUpstreamHeaders(reply);
  replyGatewayError(
    request,
    reply,
    timedOut ? 504 : 502,
    timedOut ? upstreamTimeoutMessage : unreachableMessage,
  );
}

function passOn(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: UpstreamAnswer,
  options: UpstreamReplyOptions,
): void {
  // The server answered already (the deadline passed, or the status was not a valid one).
  if (isAnsweredByGateway(request) || reply.sent) {
    answer.stream.destroy();
    return;
  }
  // Accept-Encoding is never forwarded; a compressed body anyway could not be passed on intact
  // without its Content-Encoding, which is not on the allow-list.
  const encoding = answer.headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'identity') {
    answer.stream.destroy();
    noteOnRequest(request.raw, { upstreamError: `content-encoding ${encoding}` });
    dropUpstreamHeaders(reply);
    replyGatewayError(
      request,
      reply,
      502,
      'The Partner Center API sent a body the server cannot pass on.',
    );
    return;
  }
  // Set here rather than with the upstream's headers, so an error answer keeps the app's policy.
  reply.headers(options.addedHeaders);
  void reply.send(answer.stream);
}

/**
 * A read (GET or HEAD) goes again once, on a fresh connection, when the upstream closed the
 * connection it was sent on: a kept-alive connection closing just as it is reused is a known race.
 * A write (POST, PUT, PATCH, DELETE) is never sent twice.
 */
function retryReadOnce({ err, req, attempt }: { err?: unknown; req: unknown; attempt: number }) {
  const { method } = req as { method?: string };
  const socketClosed = (err as { code?: unknown } | undefined)?.code === 'UND_ERR_SOCKET';
  return attempt === 0 && socketClosed && (method === 'GET' || method === 'HEAD') ? 1 : null;
}

/** `request` and `reply` are the route's own: the hooks receive them again, less precisely typed. */
export function upstreamReplyHooks(
  request: FastifyRequest,
  reply: FastifyReply,
  options: UpstreamReplyOptions,
): FastifyReplyFromHooks {
  return {
    rewriteHeaders: (headers) => rewriteHeaders(request, headers, options),
    onError: (_reply, { error }) => answerFailure(request, reply, error),
    onResponse: (_request, _reply, answer) =>
      passOn(request, reply, answer as unknown as UpstreamAnswer, options),
    retryDelay: retryReadOnce,
  };
}
