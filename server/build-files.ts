/**
 * The files of the build, listed once at start. Only these are ever served: a file added later, a
 * dotfile, a symlink (which could point anywhere) or a source map (`*.map`, written by the build for
 * debugging but never published) is not found, whatever the request path says.
 */
import { readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface BuildFiles {
  /** The build folder, symlinks resolved. */
  readonly root: string;
  /** Decoded URL paths: `/index.html`, `/assets/index-3f2a.js`. */
  readonly urlPaths: ReadonlySet<string>;
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && !entry.isSymbolicLink())
      .map((entry) => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) return listFiles(path);
        return Promise.resolve(entry.isFile() && !entry.name.endsWith('.map') ? [path] : []);
      }),
  );
  return nested.flat();
}

export async function listBuildFiles(distDir: string): Promise<BuildFiles> {
  let root: string;
  try {
    root = await realpath(distDir);
  } catch {
    throw new Error(`The dashboard build folder ${distDir} does not exist: run "npm run build".`);
  }
  const files = await listFiles(root);
  const urlPaths = new Set(files.map((path) => `/${relative(root, path).split(sep).join('/')}`));
  if (!urlPaths.has('/index.html')) {
    throw new Error(`${distDir} has no index.html: run "npm run build".`);
  }
  return { root, urlPaths };
}
