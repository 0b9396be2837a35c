/**
 * Brotli and gzip copies of the build's text files, written once in a private temporary folder for
 * @fastify/static's `preCompressed` option to serve next to the originals. Compressing once at the
 * highest levels beats @fastify/compress compressing every response (server/README.md has the
 * measured figures), and each coding gets its own file, so its own ETag and an exact
 * Content-Length. The work runs in the background while the server starts and serves, one file at
 * a time: until a file's copies exist, the file is sent as it is.
 */
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { BuildFiles } from './build-files.js';
import { contentTypeOf } from './content-types.js';

export interface PrecompressedBuild {
  /** `<path>.br` and `<path>.gz` files, laid out as the build. */
  readonly folder: string;
  /** Settles when every copy is written, or when the work stopped (rejects on a failure). */
  readonly done: Promise<void>;
  /** Stops the work and deletes the folder. */
  remove(): Promise<void>;
}

/** Smaller files gain too little to be worth the extra representation. */
export const minimumCompressedSize = 1024;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const codings = {
  '.br': (body: Buffer) =>
    brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  '.gz': (body: Buffer) => gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
};

async function compressFile(
  build: BuildFiles,
  folder: string,
  urlPath: string,
  stopped: () => boolean,
): Promise<void> {
  if (!contentTypeOf(urlPath).compressible) return;
  const source = join(build.root, urlPath);
  const { size, atimeMs, mtimeMs } = await stat(source);
  if (size < minimumCompressedSize) return;
  const body = await readFile(source);
  for (const [extension, compress] of Object.entries(codings)) {
    const compressed = await compress(body);
    if (stopped()) return;
    if (compressed.length >= body.length) continue;
    const target = join(folder, `${urlPath}${extension}`);
    await mkdir(dirname(target), { recursive: true });
    // Written aside, then renamed: a request never finds a half-written copy.
    const partial = `${target}.partial`;
    await writeFile(partial, compressed);
    // @fastify/static's ETag is size and modification time: taking the original's time keeps the
    // ETag the same across restarts and replicas of one build.
    await utimes(partial, atimeMs / 1000, mtimeMs / 1000);
    await rename(partial, target);
  }
}

const folderPrefix = 'dashboard-precompressed-';
const leftoverPattern = new RegExp(`^${folderPrefix}(\\d+)-`);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * A server stopped without closing (killed) leaves its folder behind; each start removes those whose
 * process is gone. The folder's name carries the process id for that.
 */
async function removeLeftovers(root: string): Promise<void> {
  const names = await readdir(root).catch(() => []);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(leftoverPattern.exec(name)?.[1]);
      if (!pid || isRunning(pid)) return;
      await rm(join(root, name), { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

/** Throws when no temporary folder can be made (a read-only file system): serve uncompressed. */
export async function startPrecompression(build: BuildFiles): Promise<PrecompressedBuild> {
  await removeLeftovers(tmpdir());
  const folder = await mkdtemp(join(tmpdir(), `${folderPrefix}${String(process.pid)}-`));
  let stop = false;
  const stopped = () => stop;
  const done = (async () => {
    for (const urlPath of build.urlPaths) {
      if (stopped()) return;
      await compressFile(build, folder, urlPath, stopped);
    }
  })();
  // A failure is reported through `done`; until then nothing may count as unhandled.
  done.catch(() => undefined);
  return {
    folder,
    done,
    remove: async () => {
      stop = true;
      await done.catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
