import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferred } from './test-support/deferred.js';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const auth = {
  AUTH_CLIENT_ID: 'dashboard',
  AUTH_AUTHORITY: 'https://login.microsoftonline.com/contoso.example',
};

let dist: TempDist;
let upstream: FakeUpstream;
beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream.close();
  await dist.cleanup();
});

type LogRecord = Record<string, unknown>;

/** Runs `server/main.ts` with exactly these variables (nothing inherited but PATH). */
function startMain(variables: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH, ...variables },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const records = () =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogRecord);
  const listening = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const url = records().find((record) => record.msg === `listening on ${String(record.url)}`);
        if (url) resolve(String(url.url));
      };
      check();
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
    });
  return { child, listening, exited, records, stderr: () => stderr };
}

describe('server/main.ts', () => {
  it('serves from the environment and writes one JSON line per request', async () => {
    const main = startMain({ PORT: '0', DIST_DIR: dist.distDir, ...auth });
    const url = await main.listening();
    const config = await request(url, '/config.json?x=1');
    expect(JSON.parse(config.text)).toMatchObject({ auth: { clientId: 'dashboard' } });
    expect((await request(url, '/healthz')).status).toBe(200);

    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    const requests = main.records().filter((record) => record.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/config.json', status: 200 }),
      expect.objectContaining({ method: 'GET', path: '/healthz', status: 200 }),
    ]);
    expect(main.records().at(-1)).toMatchObject({ msg: 'stopped' });
  }, 20_000);

  it('lets a request in flight finish on SIGTERM, then exits 0', async () => {
    const arrived = deferred();
    const release = deferred();
    upstream.answer((_req, res) => {
      arrived.resolve();
      void release.promise.then(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"items":[]}');
      });
    });
    const main = startMain({
      PORT: '0',
      DIST_DIR: dist.distDir,
      PARTNER_CENTER_ORIGIN: upstream.origin,
      ...auth,
    });
    const url = await main.listening();
    const inFlight = request(url, '/api/partner-center/v1/customers', { headers: bearer });
    await arrived.promise;

    main.child.kill('SIGTERM');
    await expect
      .poll(() => main.records().some((record) => String(record.msg).startsWith('stopping')))
      .toBe(true);
    release.resolve();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"items":[]}');
    expect(await main.exited).toBe(0);
  }, 20_000);

  it('refuses to start on a bad environment, naming the variables', async () => {
    const main = startMain({ PORT: 'x', DIST_DIR: dist.distDir });
    expect(await main.exited).toBe(1);
    for (const variable of ['PORT', 'AUTH_CLIENT_ID', 'AUTH_AUTHORITY']) {
      expect(main.stderr()).toContain(variable);
    }
  }, 20_000);
});
