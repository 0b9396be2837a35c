/**
 * First-load size: the JavaScript and CSS a browser downloads for the first page of the built app
 * (dist/index.html and what it preloads), raw and gzip -9, against the floor toolchain.md measured for
 * a bare app of the same libraries (114.9 KiB JS + 7.5 KiB CSS gzip = 122.4 KiB).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const floorGzipKiB = 122.4;

export interface FirstLoadSize {
  readonly files: readonly string[];
  readonly jsRawKiB: number;
  readonly jsGzipKiB: number;
  readonly cssRawKiB: number;
  readonly cssGzipKiB: number;
  readonly totalGzipKiB: number;
  readonly ratioToFloor: number;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Every script, module preload and stylesheet that index.html names. */
export function initialAssets(indexHtml: string): string[] {
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+\.(?:js|css))"/g;
  return [...new Set([...indexHtml.matchAll(pattern)].map((match) => match[1] ?? ''))];
}

export async function measureFirstLoad(distDir: string): Promise<FirstLoadSize> {
  const files = initialAssets(await readFile(join(distDir, 'index.html'), 'utf8'));
  const totals = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0 };
  for (const file of files) {
    const body = await readFile(join(distDir, file));
    const gzip = gzipSync(body, { level: 9 }).length;
    if (file.endsWith('.js')) {
      totals.jsRaw += body.length;
      totals.jsGzip += gzip;
    } else {
      totals.cssRaw += body.length;
      totals.cssGzip += gzip;
    }
  }
  const totalGzipKiB = kib(totals.jsGzip + totals.cssGzip);
  return {
    files,
    jsRawKiB: kib(totals.jsRaw),
    jsGzipKiB: kib(totals.jsGzip),
    cssRawKiB: kib(totals.cssRaw),
    cssGzipKiB: kib(totals.cssGzip),
    totalGzipKiB,
    ratioToFloor: Math.round((totalGzipKiB / floorGzipKiB) * 100) / 100,
  };
}
