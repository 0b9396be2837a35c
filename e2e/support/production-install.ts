import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `npm ci --omit=dev --omit=optional` (drops typescript, an optional peer of i18next) from the project's lockfile into `folder`, as the Dockerfile's runtime stage. */
export async function installProductionDependencies(folder: string): Promise<void> {
  for (const file of ['package.json', 'package-lock.json'])
    await copyFile(file, join(folder, file));
  await run(
    'npm',
    [
      'ci',
      '--omit=dev',
      '--omit=optional',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    { cwd: folder },
  );
}

/** The server's TypeScript to plain JavaScript, as `npm run build` does it, into `outDir`. */
export async function compileServer(outDir: string): Promise<void> {
  await run('npx', ['tsc', '-p', 'tsconfig.server.json', '--outDir', outDir]);
}

/**
 * `node dist-server/main.js` in `folder` with only the given settings (and PATH): resolves when the
 * server's first log line says it listens, rejects if it exits first.
 */
export function startProductionServer(
  folder: string,
  env: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening/i.test(output)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`the production server exited (${String(code)}):\n${output}`));
    });
  });
}

/** SIGTERM, as a container platform stops it; resolves with the exit code. */
export function stopProductionServer(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
