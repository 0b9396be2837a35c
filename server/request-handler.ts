/**
 * Routes one request: checks first (authority, path, method), then the API forwarder, the runtime
 * configuration, a file of the build, or the app shell for any other page address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostMatcher } from './allowed-hosts';
import type { ApiForwarder } from './api-forwarder';
import { sendApiError, sendTextError } from './error-responses';
import { logWhenDone, type LogLine } from './request-log';
import { checkRequestTarget } from './request-target';
import { sendStaticFile, type StaticResponseContext } from './serve-static';
import type { StaticFile, StaticFiles } from './static-files';

export interface RequestContext extends StaticResponseContext {
  readonly isAllowedHost: HostMatcher;
  readonly apiBasePath: string;
  readonly runtimeConfigJson: string;
  readonly files: StaticFiles;
  readonly indexHtml: StaticFile;
  readonly forwarder: ApiForwarder;
  readonly log: LogLine;
}

const allowedMethods = { Allow: 'GET, HEAD' };

/**
 * A missing file, not a page: its last segment has a file extension, or it is under /assets/, where
 * only built files live. Answered 404 so a stale asset URL fails loudly instead of receiving HTML.
 */
function looksLikeFile(decodedPath: string): boolean {
  const lastSegment = decodedPath.slice(decodedPath.lastIndexOf('/') + 1);
  return decodedPath.startsWith('/assets/') || /\.[A-Za-z0-9]{1,10}$/.test(lastSegment);
}

function sendRuntimeConfig(res: ServerResponse, context: RequestContext): void {
  res.writeHead(200, {
    ...context.securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(context.runtimeConfigJson),
    'Cache-Control': 'no-store',
  });
  res.end(context.runtimeConfigJson);
}

async function route(req: IncomingMessage, res: ServerResponse, context: RequestContext) {
  const { securityHeaders, apiBasePath } = context;
  const target = checkRequestTarget(req.url ?? '', req.headers.host, context.isAllowedHost);
  if (!target.ok) {
    sendTextError(res, target.status, target.message, securityHeaders);
    return;
  }

  const isApi = target.path === apiBasePath || target.path.startsWith(`${apiBasePath}/`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const headers = { ...securityHeaders, ...allowedMethods };
    const message = `${req.method ?? ''} is not allowed here.`;
    if (isApi) sendApiError(req, res, 405, message, headers);
    else sendTextError(res, 405, message, headers);
    return;
  }

  if (isApi) {
    const upstreamPath = target.path.slice(apiBasePath.length) || '/';
    context.forwarder.forward(
      req,
      res,
      target.query ? `${upstreamPath}?${target.query}` : upstreamPath,
    );
    return;
  }
  if (target.decodedPath === '/config.json') {
    sendRuntimeConfig(res, context);
    return;
  }
  const file = context.files.get(target.decodedPath);
  if (file) {
    await sendStaticFile(req, res, target.decodedPath, file, context);
  } else if (looksLikeFile(target.decodedPath)) {
    sendTextError(res, 404, 'Not found.', securityHeaders);
  } else {
    // A page of the single-page app (`/`, `/customers/{id}/device-batches?...`): the router takes it.
    await sendStaticFile(req, res, '/index.html', context.indexHtml, context);
  }
}

export function createRequestHandler(context: RequestContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    logWhenDone(req, res, context.log);
    route(req, res, context).catch((error: unknown) => {
      context.log(`error: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else sendTextError(res, 500, 'Internal server error.', context.securityHeaders);
    });
  };
}
