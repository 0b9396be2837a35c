/** A small Vite-like build in a temporary folder, with a secret file next to it (not inside). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const indexHtml =
  '<!doctype html><html><head><script type="module" src="/assets/app-3f2a9c.js"></script></head>' +
  '<body><div id="root"></div></body></html>';
/** Large enough to be compressed. */
export const appJs = 'export const rows = [];\n'.repeat(200);
export const logoPng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
export const secret = 'outside the build';
/** A hidden source map, as `vite build` writes next to each chunk. */
export const appJsMap = `{"version":3,"sources":["../src/secret-source.ts"],"mappings":"${'AAAA;'.repeat(300)}"}`;

export interface TempDist {
  readonly distDir: string;
  cleanup(): Promise<void>;
}

export async function createTempDist(): Promise<TempDist> {
  const root = await mkdtemp(join(tmpdir(), 'dashboard-server-'));
  const distDir = join(root, 'dist');
  await mkdir(join(distDir, 'assets'), { recursive: true });
  await writeFile(join(distDir, 'index.html'), indexHtml);
  await writeFile(join(distDir, 'assets', 'app-3f2a9c.js'), appJs);
  await writeFile(join(distDir, 'assets', 'app-3f2a9c.js.map'), appJsMap);
  await writeFile(join(distDir, 'assets', 'logo-77aa01.png'), logoPng);
  await writeFile(join(distDir, 'redirect.html'), '<!doctype html><title>bridge</title>');
  await writeFile(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(distDir, '.env'), secret);
  await writeFile(join(root, 'secret.txt'), secret);
  return { distDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
