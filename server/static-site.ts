/**
 * The built dashboard: its files through @fastify/static (content types, ETags and 304s, HEAD,
 * ranges, the brotli or gzip copy the browser accepts), and `index.html` for every page address, so
 * deep links and MSAL's return to the starting URL work.
 */
import { ReadStream } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { BuildFiles } from './build-files.js';
import { contentTypeOf } from './content-types.js';
import { replyText } from './gateway-errors.js';
import type { buildHelmetOptions } from './helmet-options.js';

export interface StaticSiteOptions {
  readonly build: BuildFiles;
  /** precompress-build.ts's folder, when it could be written. */
  readonly precompressedFolder: string | undefined;
  /** The `helmet` route option of MSAL's redirect bridge page. */
  readonly bridgeHelmet: ReturnType<typeof buildHelmetOptions>;
}

/**
 * Vite puts a content hash in every name under /assets/, so those never change and are cached for a
 * year. Everything else (index.html above all, which names the current assets) is revalidated on
 * every use; the ETag makes that a cheap 304.
 */
function cacheControlFor(url: string): string {
  return url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * A missing file, not a page: its last segment has a file extension, or it is under /assets/, where
 * only built files live. Answered 404 so a stale asset URL fails loudly instead of receiving HTML.
 */
function looksLikeFile(decodedPath: string): boolean {
  const lastSegment = decodedPath.slice(decodedPath.lastIndexOf('/') + 1);
  return decodedPath.startsWith('/assets/') || /\.[A-Za-z0-9]{1,10}$/.test(lastSegment);
}

/** The file's own type, from our table: @fastify/static's would say application/javascript. */
function setContentType(reply: FastifyReply, payload: unknown): void {
  if (!(payload instanceof ReadStream)) return;
  const file = String(payload.path);
  const original = reply.hasHeader('content-encoding') ? file.replace(/\.(br|gz)$/, '') : file;
  reply.header('Content-Type', contentTypeOf(original).type);
}

export async function registerStaticSite(
  app: FastifyInstance,
  { build, precompressedFolder, bridgeHelmet }: StaticSiteOptions,
): Promise<void> {
  await app.register(fastifyStatic, {
    // The compressed copies first: @fastify/static tries `<path>.br` / `.gz` in each folder in turn,
    // then the file itself.
    root: precompressedFolder === undefined ? build.root : [precompressedFolder, build.root],
    preCompressed: precompressedFolder !== undefined,
    index: false,
    dotfiles: 'ignore',
    cacheControl: false,
    // A path is `/assets/x.js` from a request and `index.html` from sendFile().
    allowedPath: (path) => build.urlPaths.has(path.startsWith('/') ? path : `/${path}`),
    setHeaders: (reply) => {
      reply.header('Cache-Control', cacheControlFor(reply.request.url));
      reply.header('Vary', 'Accept-Encoding');
    },
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    setContentType(reply, payload);
    done(null, payload);
  });

  // sendFile() answers on its own; returning the reply would make Fastify wait on it a second time.
  app.get('/redirect.html', { helmet: bridgeHelmet }, (_request, reply) => {
    reply.sendFile('redirect.html');
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return replyText(
        reply.header('Allow', 'GET, HEAD'),
        405,
        `${request.method} is not allowed here.`,
      );
    }
    // The request gate has checked that the path decodes.
    const path = decodeURIComponent(request.url.split('?', 1)[0] ?? '/');
    if (looksLikeFile(path)) return replyText(reply, 404, 'Not found.');
    // A page of the single-page app (`/`, `/customers/{id}/device-batches?...`): the router takes it.
    reply.sendFile('index.html');
    return undefined;
  });
}
