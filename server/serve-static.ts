/** Answers a request with one file of the build: caching, compression, revalidation. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  minimumCompressedSize,
  negotiateEncoding,
  type Compressor,
  type Encoding,
} from './content-encoding';
import { redirectBridgePath } from './security-headers';
import type { StaticFile } from './static-files';

export interface StaticResponseContext {
  readonly compress: Compressor;
  readonly securityHeaders: Readonly<Record<string, string>>;
  /** The headers of MSAL's redirect bridge page, which the app frames itself. */
  readonly bridgeSecurityHeaders: Readonly<Record<string, string>>;
}

/**
 * Vite puts a content hash in every name under /assets/, so those never change and are cached for a
 * year. Everything else (index.html above all, which names the current assets) is revalidated on
 * every use; the ETag makes that a cheap 304.
 */
function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface Representation {
  readonly body: Buffer;
  readonly etag: string;
  readonly encoding?: Encoding;
}

async function representationFor(
  req: IncomingMessage,
  file: StaticFile,
  compress: Compressor,
): Promise<Representation> {
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  if (encoding === undefined) return file;
  const compressed = await compress(file, encoding);
  if (compressed.length >= file.body.length) return file;
  // Each coding is its own representation, with its own validator.
  return { body: compressed, etag: `${file.etag.slice(0, -1)}-${encoding}"`, encoding };
}

/** If-None-Match uses weak comparison, so a `W/` prefix does not matter. */
function matchesIfNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === etag;
  });
}

export async function sendStaticFile(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  file: StaticFile,
  context: StaticResponseContext,
): Promise<void> {
  const negotiable = file.compressible && file.body.length >= minimumCompressedSize;
  const chosen: Representation = negotiable
    ? await representationFor(req, file, context.compress)
    : file;
  const headers = {
    ...(urlPath === redirectBridgePath ? context.bridgeSecurityHeaders : context.securityHeaders),
    'Cache-Control': cacheControlFor(urlPath),
    ETag: chosen.etag,
    ...(negotiable ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (matchesIfNoneMatch(req, chosen.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': file.contentType,
    'Content-Length': chosen.body.length,
    ...(chosen.encoding ? { 'Content-Encoding': chosen.encoding } : {}),
  });
  // Node sends no body for HEAD, only the headers above.
  res.end(chosen.body);
}
