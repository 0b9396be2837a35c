/**
 * The figures behind precompress-build.ts (quoted in server/README.md): the build's largest script
 * served by @fastify/static with @fastify/compress compressing each response, against the same file
 * served by the dashboard server from its compressed copies.
 *
 *   npx vite build && npx tsx server/test-support/measure-compression.ts [distDir]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { createDashboardServer } from '../create-dashboard-server.js';

const distDir = resolve(process.argv[2] ?? 'dist');
const rounds = 200;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function largestScript(): Promise<{ name: string; size: number }> {
  const names = (await readdir(join(distDir, 'assets'))).filter((name) => name.endsWith('.js'));
  const sized = await Promise.all(
    names.map(async (name) => ({ name, size: (await stat(join(distDir, 'assets', name))).size })),
  );
  const [largest] = sized.sort((a, b) => b.size - a.size);
  if (!largest) throw new Error(`${distDir}/assets holds no script: run "npx vite build"`);
  return largest;
}

/** Bytes on the wire and the coding of one answer. */
function fetchOnce(url: string, acceptEncoding: string) {
  return new Promise<{ bytes: number; coding: string }>((done, fail) => {
    http
      .get(url, { agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done({ bytes, coding: res.headers['content-encoding'] ?? 'none' }));
      })
      .on('error', fail);
  });
}

async function measure(label: string, url: string, acceptEncoding: string) {
  await fetchOnce(url, acceptEncoding);
  const started = performance.now();
  let last = { bytes: 0, coding: '' };
  for (let round = 0; round < rounds; round += 1) last = await fetchOnce(url, acceptEncoding);
  const msPerRequest = (performance.now() - started) / rounds;
  console.log(
    `${label.padEnd(48)} ${last.coding.padEnd(5)} ${String(last.bytes).padStart(8)} bytes ` +
      `${msPerRequest.toFixed(2).padStart(7)} ms/request`,
  );
}

async function main() {
  const script = await largestScript();
  console.log(`${script.name}: ${String(script.size)} bytes, ${String(rounds)} requests each\n`);
  const path = `/assets/${script.name}`;

  const perRequest = Fastify();
  await perRequest.register(fastifyCompress);
  await perRequest.register(fastifyStatic, { root: distDir });
  await perRequest.listen({ port: 0, host: '127.0.0.1' });
  const perRequestUrl = `http://127.0.0.1:${String((perRequest.server.address() as AddressInfo).port)}${path}`;

  const dashboard = await createDashboardServer({
    port: 0,
    distDir,
    runtimeConfig: {},
    apiBasePath: '/api/partner-center',
    upstreamOrigin: 'http://127.0.0.1:9',
    authorityOrigin: 'https://login.example',
  });
  const started = performance.now();
  await dashboard.precompressed;
  console.log(
    `compressed copies of the whole build written in ${(performance.now() - started).toFixed(0)} ms\n`,
  );

  for (const coding of ['br', 'gzip']) {
    await measure(`@fastify/compress, per response (${coding})`, perRequestUrl, coding);
    await measure(`precompressed copy (${coding})`, `${dashboard.url}${path}`, coding);
  }
  await measure('uncompressed, @fastify/static alone', perRequestUrl, 'identity');

  agent.destroy();
  await perRequest.close();
  await dashboard.close();
}

await main();
