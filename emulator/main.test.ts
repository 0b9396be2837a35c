import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Starts `emulator/main.ts` as `npm run emulator` does, on a free port, and waits for its URL. */
async function startMain() {
  const child = spawn(process.execPath, ['--import', 'tsx', mainPath], {
    env: { ...process.env, EMULATOR_PORT: '0', IDP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const match = /Partner Center emulator listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`main.ts exited early (${String(code)})`)));
  });
  return { child, url, output: () => output };
}

describe('emulator/main.ts', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves the API, verifies tokens, logs one line per request and exits cleanly on %s',
    async (signal) => {
      const { child, url, output } = await startMain();
      const response = await fetch(`${url}/v1/customers?size=1`, {
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
        /GET \/v1\/customers\?size=1 401 \d+ ms MS-RequestId=log-line-check/,
      );
    },
    20_000,
  );
});
