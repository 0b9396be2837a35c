/**
 * Forwards `{apiBasePath}/v1/…` to the Partner Center API (or the local emulator) with
 * @fastify/reply-from over an undici pool. Stateless: the token passes through in the Authorization
 * header and is neither kept nor logged.
 */
import replyFrom from '@fastify/reply-from';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiPathOf, createApiRequestCheck } from './api-request-checks.js';
import { methodsWithBody } from './api-routes.js';
import { pickRequestHeaders } from './forwarded-headers.js';
import { replyGatewayError } from './gateway-errors.js';
import { noteOnRequest } from './request-log.js';
import type { ServerTimeouts } from './server-options.js';
import {
  upstreamReplyHooks,
  upstreamTimeoutMessage,
  type UpstreamReplyOptions,
} from './upstream-reply.js';

/** Enough for an upload of 500 devices with their 4K hardware hashes. */
export const maxBodyBytes = 5 * 1024 * 1024;

export interface ApiForwardingOptions extends UpstreamReplyOptions {
  readonly timeouts: Pick<ServerTimeouts, 'upstreamHeadersMs' | 'upstreamDeadlineMs'>;
  readonly maxUpstreamConnections: number;
}

/** What Fastify and the plugins throw: usually a FastifyError, but a plain Error is possible. */
type PluginError = Error & Partial<Pick<FastifyError, 'code' | 'statusCode'>>;

function errorFor(error: PluginError): [status: number, message: string] {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [413, `The request body is larger than the ${maxBodyBytes / 1024 / 1024} MiB limit.`];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [415, 'Request bodies must be application/json.'];
    case 'FST_ERR_HANDLER_TIMEOUT':
      return [504, upstreamTimeoutMessage];
    default:
      return (error.statusCode ?? 500) < 500
        ? [error.statusCode ?? 400, 'The request could not be read.']
        : [502, 'The Partner Center API could not be reached.'];
  }
}

export async function registerApiForwarding(
  app: FastifyInstance,
  options: ApiForwardingOptions,
): Promise<void> {
  const { apiBasePath, timeouts } = options;
  const forward = (request: FastifyRequest, reply: FastifyReply) => {
    const withBody = methodsWithBody.has(request.method);
    return reply.from(apiPathOf(request.url, apiBasePath), {
      // The body exactly as received, never parsed and serialised again; none for GET or DELETE.
      body: withBody ? (request.body ?? Buffer.alloc(0)) : null,
      ...(withBody ? { contentType: request.headers['content-type'] } : {}),
      rewriteRequestHeaders: (_request, headers) => pickRequestHeaders(headers, withBody),
      ...upstreamReplyHooks(request, reply, options),
    });
  };

  await app.register(
    async (api) => {
      // JSON bodies are kept as bytes; any other type is refused (415) by Fastify.
      api.removeAllContentTypeParsers();
      api.addContentTypeParser(
        'application/json',
        { parseAs: 'buffer', bodyLimit: maxBodyBytes },
        (_request, body, done) => done(null, body),
      );
      await api.register(replyFrom, {
        base: options.upstreamOrigin,
        undici: {
          connections: options.maxUpstreamConnections,
          pipelining: 1,
          connectTimeout: timeouts.upstreamHeadersMs,
          headersTimeout: timeouts.upstreamHeadersMs,
          // Silence in the middle of a body; the deadline below bounds the whole call.
          bodyTimeout: timeouts.upstreamHeadersMs,
          // reply-from turns certificate checks off by default: the token must only go to the API.
          connect: { rejectUnauthorized: true },
        },
        retryMethods: ['GET', 'HEAD'],
        destroyAgent: true,
        disableRequestLogging: true,
      });
      api.setErrorHandler((error: PluginError, request, reply) => {
        const [status, message] = errorFor(error);
        noteOnRequest(request.raw, { error: error.code ?? error.message });
        return replyGatewayError(request, reply, status, message);
      });
      api.addHook('onRequest', createApiRequestCheck(apiBasePath));
      // The deadline runs from the request's arrival to the response's last byte: 504 when nothing
      // was sent yet, otherwise the response is cut off.
      const route = { handlerTimeout: timeouts.upstreamDeadlineMs };
      api.all('/*', route, forward);
      api.all('', route, forward);
    },
    { prefix: apiBasePath },
  );
}
