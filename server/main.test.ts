import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './test-support/http-client';
import { createTempDist, type TempDist } from './test-support/temp-dist';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

let dist: TempDist;
beforeAll(async () => {
  dist = await createTempDist();
});
afterAll(() => dist.cleanup());

/** Runs `tsx server/main.ts` with exactly these variables (nothing inherited but PATH). */
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
  const listening = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const url = /listening on (\S+)/.exec(stdout)?.[1];
        if (url) resolve(url);
      };
      check();
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
    });
  return { child, listening, exited, output: () => ({ stdout, stderr }) };
}

describe('server/main.ts', () => {
  it('serves from the environment, logs each request, and stops cleanly on SIGTERM', async () => {
    const main = startMain({
      PORT: '0',
      DIST_DIR: dist.distDir,
      AUTH_CLIENT_ID: 'dashboard',
      AUTH_AUTHORITY: 'https://login.microsoftonline.com/contoso.example',
    });
    const url = await main.listening();
    const config = await request(url, '/config.json?x=1');
    expect(JSON.parse(config.text)).toMatchObject({ auth: { clientId: 'dashboard' } });

    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(main.output().stdout).toMatch(/GET \/config\.json 200 \d+ms\n/);
    expect(main.output().stdout).toContain('Stopped');
  }, 20_000);

  it('refuses to start on a bad environment, naming the variables', async () => {
    const main = startMain({ PORT: 'x', DIST_DIR: dist.distDir });
    expect(await main.exited).toBe(1);
    const { stderr } = main.output();
    for (const variable of ['PORT', 'AUTH_CLIENT_ID', 'AUTH_AUTHORITY']) {
      expect(stderr).toContain(variable);
    }
  }, 20_000);
});
