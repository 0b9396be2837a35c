import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerCenterEmulator } from '../emulator/partner-center/create-partner-center-emulator';
import type { PartnerCenterEmulator } from '../emulator/partner-center/emulator-options';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { createDashboardServer } from '../server/create-dashboard-server';
import { formatDashboardLogLine } from './dashboard-log-line';

const customerId = customerWithManyBatches.id;
const token = 'eyJhbGciOiJSUzI1NiJ9.secret-token-body.signature';

describe('the dashboard server’s log lines, as npm start prints them', () => {
  let distDir: string;
  let emulator: PartnerCenterEmulator;
  const lines: string[] = [];

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'dashboard-log-'));
    await writeFile(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
    emulator = await createPartnerCenterEmulator();
    const dashboard = await createDashboardServer({
      port: 0,
      distDir,
      runtimeConfig: { apiBase: '/api/partner-center' },
      apiBasePath: '/api/partner-center',
      upstreamOrigin: emulator.url,
      authorityOrigin: 'https://login.example.test',
      log: (line) => lines.push(line),
    });
    const base = `http://localhost:${new URL(dashboard.url).port}`;
    await (await fetch(`${base}/customers/${customerId}/device-batches?q=private-search`)).text();
    const batch = encodeURIComponent('Test batch');
    const api = `${base}/api/partner-center/v1/customers/${customerId}/deviceBatches/${batch}/devices`;
    await (
      await fetch(`${api}?filter=private-filter`, { headers: { Authorization: `Bearer ${token}` } })
    ).text();
    await dashboard.close();
  });
  afterAll(async () => {
    await emulator.close();
    await rm(distDir, { recursive: true, force: true });
  });

  const printed = () => lines.map(formatDashboardLogLine);

  it('reads as method, readable path, status and time', () => {
    expect(printed()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/customers\/e3a09f87…\/device-batches 200 \d+ ms$/),
        expect.stringMatching(
          /^GET \/api\/partner-center\/v1\/customers\/e3a09f87…\/deviceBatches\/Test batch\/devices 200 \d+ ms$/,
        ),
      ]),
    );
  });

  it('never shows a token or a query', () => {
    const all = printed().join('\n');
    expect(all).not.toContain('secret-token');
    expect(all).not.toContain('private-');
    expect(all).not.toContain('?');
  });
});

describe('formatDashboardLogLine', () => {
  it('adds what the server noted, and says when a response was cut off', () => {
    const line = JSON.stringify({
      time: '2026-01-01T00:00:00.000Z',
      level: 'warn',
      msg: 'request',
      method: 'GET',
      path: '/api/partner-center/v1/customers',
      status: 502,
      durationMs: 4,
      aborted: true,
      upstreamError: 'ECONNREFUSED',
    });
    expect(formatDashboardLogLine(line)).toBe(
      'GET /api/partner-center/v1/customers 502 4 ms (aborted) upstreamError=ECONNREFUSED',
    );
  });

  it('prints an event by its message and level, and a line that is not JSON as it is', () => {
    const event = JSON.stringify({ time: 't', level: 'warn', msg: 'serving uncompressed', n: 2 });
    expect(formatDashboardLogLine(event)).toBe('warn: serving uncompressed n=2');
    expect(formatDashboardLogLine('plain text\n')).toBe('plain text');
  });
});
