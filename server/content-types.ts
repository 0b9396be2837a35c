/** Content types of what a Vite build emits, and which of them are worth compressing. */
import { extname } from 'node:path';

interface ContentType {
  readonly type: string;
  readonly compressible: boolean;
}

const text = (type: string): ContentType => ({
  type: `${type}; charset=utf-8`,
  compressible: true,
});
const binary = (type: string): ContentType => ({ type, compressible: false });

const byExtension: Readonly<Record<string, ContentType>> = {
  '.html': text('text/html'),
  '.js': text('text/javascript'),
  '.mjs': text('text/javascript'),
  '.css': text('text/css'),
  '.json': text('application/json'),
  '.map': text('application/json'),
  '.webmanifest': text('application/manifest+json'),
  '.svg': text('image/svg+xml'),
  '.txt': text('text/plain'),
  '.xml': text('application/xml'),
  '.wasm': { type: 'application/wasm', compressible: true },
  '.ico': { type: 'image/x-icon', compressible: true },
  '.png': binary('image/png'),
  '.jpg': binary('image/jpeg'),
  '.jpeg': binary('image/jpeg'),
  '.gif': binary('image/gif'),
  '.webp': binary('image/webp'),
  '.avif': binary('image/avif'),
  '.woff': binary('font/woff'),
  '.woff2': binary('font/woff2'),
  '.ttf': binary('font/ttf'),
  '.otf': binary('font/otf'),
};

const unknown = binary('application/octet-stream');

export function contentTypeOf(fileName: string): ContentType {
  return byExtension[extname(fileName).toLowerCase()] ?? unknown;
}
