/**
 * The built dashboard, read into memory once at start. Requests are answered from this map by URL
 * path, so no request ever makes the server open a file: a path cannot reach outside the build, and
 * index.html and the assets it names always come from the same build.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { contentTypeOf } from './content-types';

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly compressible: boolean;
  /** Strong validator of the identity body, quoted. */
  readonly etag: string;
}

/** Keyed by decoded URL path: `/index.html`, `/assets/index-3f2a.js`. */
export type StaticFiles = ReadonlyMap<string, StaticFile>;

export interface StaticSite {
  readonly files: StaticFiles;
  /** The app shell, answered for every page address. */
  readonly indexHtml: StaticFile;
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      // Dotfiles are never part of the app; symlinks could point anywhere.
      .filter((entry) => !entry.name.startsWith('.') && !entry.isSymbolicLink())
      .map((entry) => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) return listFiles(path);
        return Promise.resolve(entry.isFile() ? [path] : []);
      }),
  );
  return nested.flat();
}

export async function loadStaticSite(distDir: string): Promise<StaticSite> {
  let root: string;
  try {
    root = await realpath(distDir);
  } catch {
    throw new Error(`The dashboard build folder ${distDir} does not exist: run "npm run build".`);
  }
  const files = new Map<string, StaticFile>();
  for (const path of await listFiles(root)) {
    const body = await readFile(path);
    const { type, compressible } = contentTypeOf(path);
    const digest = createHash('sha256').update(body).digest('base64url').slice(0, 22);
    files.set(`/${relative(root, path).split(sep).join('/')}`, {
      body,
      contentType: type,
      compressible,
      etag: `"${digest}"`,
    });
  }
  const indexHtml = files.get('/index.html');
  if (!indexHtml) throw new Error(`${distDir} has no index.html: run "npm run build".`);
  return { files, indexHtml };
}
