import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBuildFiles } from './build-files.js';
import { startPrecompression } from './precompress-build.js';
import { request } from './test-support/http-client.js';
import { startTestServer } from './test-support/start-test-server.js';
import { appJs, createTempDist, type TempDist } from './test-support/temp-dist.js';

let dist: TempDist;
beforeAll(async () => {
  dist = await createTempDist();
});
afterAll(() => dist.cleanup());

describe('startPrecompression', () => {
  it('writes one brotli and one gzip copy of each text file worth compressing, then removes them', async () => {
    const build = await listBuildFiles(dist.distDir);
    const precompressed = await startPrecompression(build);
    await precompressed.done;
    // Not the PNG, the tiny files, the source map or the dotfile: only the large script.
    expect(await readdir(join(precompressed.folder, 'assets'))).toEqual([
      'app-3f2a9c.js.br',
      'app-3f2a9c.js.gz',
    ]);
    const copy = (extension: string) =>
      readFile(join(precompressed.folder, 'assets', `app-3f2a9c.js${extension}`));
    expect(brotliDecompressSync(await copy('.br')).toString()).toBe(appJs);
    expect(gunzipSync(await copy('.gz')).toString()).toBe(appJs);
    // The original's time, so the ETag (size and time) is the same after a restart.
    const original = await stat(join(dist.distDir, 'assets', 'app-3f2a9c.js'));
    const brotli = await stat(join(precompressed.folder, 'assets', 'app-3f2a9c.js.br'));
    expect(Math.trunc(brotli.mtimeMs)).toBe(Math.trunc(original.mtimeMs));

    await precompressed.remove();
    await expect(stat(precompressed.folder)).rejects.toThrow();
  });

  it('removes the folders of servers that were killed, and only those', async () => {
    // A process id that was in use and is no more.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const leftover = await mkdtemp(join(tmpdir(), `dashboard-precompressed-${String(gone)}-`));
    const running = await mkdtemp(
      join(tmpdir(), `dashboard-precompressed-${String(process.pid)}-`),
    );
    const precompressed = await startPrecompression(await listBuildFiles(dist.distDir));
    await precompressed.remove();
    await expect(stat(leftover)).rejects.toThrow();
    expect((await stat(running)).isDirectory()).toBe(true);
    await rm(running, { recursive: true });
  });

  it('gives a compressed file the same ETag after a restart', async () => {
    const etags: (string | undefined)[] = [];
    for (let run = 0; run < 2; run += 1) {
      const server = await startTestServer({ distDir: dist.distDir });
      await server.precompressed;
      const res = await request(server.url, '/assets/app-3f2a9c.js', {
        headers: { 'accept-encoding': 'br' },
      });
      expect(res.headers['content-encoding']).toBe('br');
      etags.push(res.headers.etag);
      await server.close();
    }
    expect(etags[0]).toBe(etags[1]);
  });
});
