import { type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eDistDir, e2ePorts } from './support/e2e-ports';
import {
  compileServer,
  installProductionDependencies,
  startProductionServer,
  stopProductionServer,
} from './support/production-install';
import { expect, test } from './support/test';

/**
 * What the Dockerfile does, on this machine: production dependencies only (`npm ci --omit=dev`) in
 * a fresh folder, the compiled server and the app's build copied in without source maps, then
 * `node dist-server/main.js` on Node alone. Nothing from devDependencies may be needed at run time.
 */
test.describe('the production install', () => {
  // An npm install from the local cache and a TypeScript compile come before the first request.
  test.slow();

  let folder: string;
  let server: ChildProcess | undefined;
  const port = e2ePorts.dashboard + 9;
  const origin = `http://localhost:${port}`;

  test.beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ztb-production-'));
  });

  test.afterAll(async () => {
    if (server) await stopProductionServer(server);
    await rm(folder, { recursive: true, force: true });
  });

  test('serves the app, /healthz and the API from an install without devDependencies', async ({
    page,
    request,
  }) => {
    await installProductionDependencies(folder);
    await compileServer(join(folder, 'dist-server'));
    await cp(e2eDistDir, join(folder, 'dist'), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
    for (const devOnly of ['vite', 'typescript', 'tsx', 'vitest', '@playwright/test', 'msw']) {
      expect(existsSync(join(folder, 'node_modules', devOnly)), `${devOnly} installed`).toBe(false);
    }
    expect(existsSync(join(folder, 'node_modules', 'fastify')), 'fastify installed').toBe(true);

    // The running end-to-end stack's settings: the same identity provider and emulator.
    const config = (await (await request.get('/config.json')).json()) as {
      auth: { clientId: string; authority: string; authorityMetadata: string };
    };
    server = await startProductionServer(folder, {
      PORT: String(port),
      HOST: 'localhost',
      AUTH_CLIENT_ID: config.auth.clientId,
      AUTH_AUTHORITY: config.auth.authority,
      AUTH_AUTHORITY_METADATA: config.auth.authorityMetadata,
      PARTNER_CENTER_ORIGIN: `http://localhost:${e2ePorts.partnerCenter}`,
    });

    const health = await request.get(`${origin}/healthz`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('heading', { name: 'Zero-Touch Batches', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

    // Forwarded to the emulator, which refuses a token it did not issue.
    const api = await request.get(`${origin}/api/partner-center/v1/customers?size=1`, {
      headers: { Authorization: 'Bearer not-a-real-token' },
    });
    expect(api.status()).toBe(401);
    expect(api.headers()['www-authenticate']).toContain('error="invalid_token"');

    // A container platform stops it with SIGTERM: it drains and exits cleanly.
    const stopping = server;
    server = undefined;
    expect(await stopProductionServer(stopping)).toBe(0);
  });
});
