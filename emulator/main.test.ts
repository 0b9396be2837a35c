import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../server/runtime-config';
import { readServerEnv } from '../server/server-env';
import { dashboardClientId } from './identity/dashboard-client';
import { adminAgentsGroupId } from './identity/partner-groups';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));

/**
 * Starts `emulator/main.ts` as `npm run emulator` does, on free ports, until it has said `until`.
 */
async function startMain(until: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainPath], {
    env: { ...process.env, EMULATOR_PORT: '0', IDP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const found = until.exec(output);
      if (found !== null) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`main.ts exited early (${String(code)})`)));
  });
  return { child, match, output: () => output };
}

/** What a shell makes of `lines`: the environment a program started after them sees. */
function environmentAfter(lines: string): Record<string, string> {
  const printEnv = `"${process.execPath}" -e "process.stdout.write(JSON.stringify(process.env))"`;
  const result = spawnSync('/bin/sh', ['-c', `${lines}\n${printEnv}`], { env: {} });
  expect(result.status, result.stderr.toString()).toBe(0);
  return JSON.parse(result.stdout.toString()) as Record<string, string>;
}

describe('emulator/main.ts', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves the API, verifies tokens, logs one line per request and exits cleanly on %s',
    async (signal) => {
      const { child, match, output } = await startMain(
        /Partner Center emulator listening on (http:\/\/\S+)/,
      );
      const response = await fetch(`${match[1] ?? ''}/v1/customers?size=1`, {
        headers: { Authorization: 'Bearer not-a-token', 'MS-RequestId': 'log-line-check' },
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        description: 'Access denied',
        source: 'PartnerFD',
      });
      child.kill(signal);
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output()).toMatch(
        /\nemulator {4}GET \/v1\/customers\?size=1 401 \d+ ms MS-RequestId=log-line-check\n/,
      );
    },
    20_000,
  );

  it('prints, ready to paste, the settings npm run serve needs, which the server accepts', async () => {
    const { child, match } = await startMain(
      /Partner Center emulator listening on (http:\/\/\S+)[\s\S]*?\n((?:export .*\n)+)\n/,
    );
    child.kill('SIGTERM');
    await once(child, 'exit');
    const env = environmentAfter(match[2] ?? '');
    expect(env.PARTNER_CENTER_ORIGIN).toBe(match[1]);
    const options = readServerEnv(env);
    expect(options.upstreamOrigin).toBe(match[1]);
    expect(options.port).toBe(4280);
    const { auth } = options.runtimeConfig as RuntimeConfig;
    expect(auth.clientId).toBe(dashboardClientId);
    expect(auth.authority).toMatch(/^https:\/\/localhost:\d+\/[0-9a-f-]{36}$/);
    expect(auth.knownAuthorities).toEqual([new URL(auth.authority).host]);
    expect(auth.adminAgentsGroupId).toBe(adminAgentsGroupId);
    const metadata = JSON.parse(auth.authorityMetadata ?? '') as Record<string, string>;
    expect(metadata.token_endpoint).toMatch(/^http:\/\/localhost:\d+\/.*\/oauth2\/v2\.0\/token$/);
    // The browser may talk to the provider: its origin is in the dashboard's CSP.
    expect(options.authorityOrigin).toContain(new URL(metadata.token_endpoint ?? '').origin);
  }, 20_000);
});
