/**
 * Compression of text files: the best coding the client accepts, compressed on first request and
 * kept, so each file is compressed once per coding.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { StaticFile } from './static-files';

export type Encoding = 'br' | 'gzip';

/** Smaller files gain too little to be worth the work and the extra round of headers. */
export const minimumCompressedSize = 1024;

const preference: readonly Encoding[] = ['br', 'gzip'];

/** Picks from an Accept-Encoding header; `undefined` means send the file as it is. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const qualities = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (coding) qualities.set(coding, Number.isNaN(quality) ? 0 : quality);
  }
  const qualityOf = (coding: Encoding) => qualities.get(coding) ?? qualities.get('*') ?? 0;
  // Highest quality wins; the sort is stable, so a tie keeps the preferred (smaller) coding.
  return preference
    .filter((coding) => qualityOf(coding) > 0)
    .sort((a, b) => qualityOf(b) - qualityOf(a))[0];
}

/**
 * Not the maximum (11): on the dashboard's main chunk that is ~8% smaller but takes seconds instead
 * of ~0.1 s, and the first visitor after each start would wait for it.
 */
const brotliQuality = 9;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export type Compressor = (file: StaticFile, encoding: Encoding) => Promise<Buffer>;

/** A compressor that remembers each result; concurrent first requests share one compression. */
export function createCompressor(): Compressor {
  const cache = new WeakMap<StaticFile, Map<Encoding, Promise<Buffer>>>();
  return (file, encoding) => {
    let byEncoding = cache.get(file);
    if (!byEncoding) {
      byEncoding = new Map();
      cache.set(file, byEncoding);
    }
    let result = byEncoding.get(encoding);
    if (!result) {
      result = compress(file.body, encoding);
      byEncoding.set(encoding, result);
    }
    return result;
  };
}
