import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from './create-dashboard-server.js';
import { request } from './test-support/http-client.js';
import { startTestServer, testRuntimeConfig } from './test-support/start-test-server.js';
import {
  appJs,
  appJsMap,
  createTempDist,
  indexHtml,
  logoPng,
  secret,
  type TempDist,
} from './test-support/temp-dist.js';

let dist: TempDist;
let server: DashboardServer;

beforeAll(async () => {
  dist = await createTempDist();
  server = await startTestServer({ distDir: dist.distDir });
  // The compressed copies are written in the background after start.
  await server.precompressed;
});
afterAll(async () => {
  await server.close();
  await dist.cleanup();
});

describe('files of the build', () => {
  it('serves hashed assets with their type, cached for a year', async () => {
    const res = await request(server.url, '/assets/app-3f2a9c.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(appJs);

    const png = await request(server.url, '/assets/logo-77aa01.png');
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.equals(logoPng)).toBe(true);
  });

  it('serves index.html and other root files for revalidation on every use', async () => {
    for (const path of ['/', '/index.html']) {
      const res = await request(server.url, path);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(indexHtml);
    }
    const svg = await request(server.url, '/favicon.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('compresses text with the coding the client prefers', async () => {
    const br = await request(server.url, '/assets/app-3f2a9c.js', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(appJs);

    const gzip = await request(server.url, '/assets/app-3f2a9c.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(appJs);
    expect(gzip.headers.etag).not.toBe(br.headers.etag);
  });

  it('does not compress images or tiny files', async () => {
    for (const path of ['/assets/logo-77aa01.png', '/index.html']) {
      const res = await request(server.url, path, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.headers['content-encoding']).toBeUndefined();
    }
  });

  it('answers 304 to a request that holds the current ETag', async () => {
    const first = await request(server.url, '/index.html');
    const etag = first.headers.etag ?? '';
    const again = await request(server.url, '/index.html', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Weak comparison: a tag matches with or without its W/ prefix.
    const strong = etag.replace(/^W\//, '');
    const weak = await request(server.url, '/', {
      headers: { 'if-none-match': `"x", W/${strong}` },
    });
    expect(weak.status).toBe(304);
    const unprefixed = await request(server.url, '/', { headers: { 'if-none-match': strong } });
    expect(unprefixed.status).toBe(304);
    const stale = await request(server.url, '/', { headers: { 'if-none-match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await request(server.url, '/assets/app-3f2a9c.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(appJs)));
    expect(res.body.length).toBe(0);
  });

  it('never serves dotfiles', async () => {
    const res = await request(server.url, '/.env');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(secret);
  });

  it('never serves source maps, whatever the coding asked for', async () => {
    for (const acceptEncoding of [undefined, 'br', 'gzip']) {
      const res = await request(server.url, '/assets/app-3f2a9c.js.map', {
        headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
      });
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(appJsMap);
    }
  });

  it('serves only the files the build held at start', async () => {
    await writeFile(join(dist.distDir, 'assets', 'late-1a2b3c.js'), 'export {};');
    expect((await request(server.url, '/assets/late-1a2b3c.js')).status).toBe(404);
  });
});

describe('content negotiation', () => {
  it.each([
    [undefined, undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
  ])('Accept-Encoding %s → %s', async (acceptEncoding, coding) => {
    const res = await request(server.url, '/assets/app-3f2a9c.js', {
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });
    expect(res.headers['content-encoding']).toBe(coding);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });
});

describe('health', () => {
  it.each(['GET', 'HEAD'])(
    'answers %s /healthz without the API and never cached',
    async (method) => {
      const res = await request(server.url, '/healthz', { method });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      if (method === 'GET') expect(JSON.parse(res.text)).toEqual({ status: 'ok' });
    },
  );

  it('answers a probe that names the container address, not an allowed host', async () => {
    const res = await request(server.url, '/healthz', { headers: { host: '10.1.2.3:8080' } });
    expect(res.status).toBe(200);
    // Any other path still needs an allowed host.
    expect(
      (await request(server.url, '/healthz/x', { headers: { host: '10.1.2.3:8080' } })).status,
    ).toBe(421);
    expect((await request(server.url, '/', { headers: { host: '10.1.2.3:8080' } })).status).toBe(
      421,
    );
  });
});

describe('pages of the single-page app', () => {
  it.each([
    '/customers',
    '/customers/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f/device-batches?status=finished',
    '/customers/5f2b8c1e/device-batches/Test%20batch/devices?sort=serialNumber',
    '/api-docs',
  ])('answers %s with index.html', async (path) => {
    const res = await request(server.url, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(indexHtml);
  });

  it('answers HEAD for a page too', async () => {
    const res = await request(server.url, '/customers', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it.each(['/assets/app-old.js', '/favicon.ico', '/customers/report.csv', '/assets/missing'])(
    'answers 404 to the missing file %s',
    async (path) => {
      const res = await request(server.url, path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    },
  );
});

describe('runtime configuration', () => {
  it('is served as given, never cached', async () => {
    const res = await request(server.url, '/config.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.text)).toEqual(testRuntimeConfig);
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405', async (method) => {
    const res = await request(server.url, '/customers', { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});
