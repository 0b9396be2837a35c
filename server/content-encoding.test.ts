import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCompressor, negotiateEncoding } from './content-encoding';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
    ['br;q=abc', undefined],
  ])('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('createCompressor', () => {
  it('compresses each file once per coding', async () => {
    const compress = createCompressor();
    const file = {
      body: Buffer.from('x'.repeat(5000)),
      contentType: 'text/plain',
      compressible: true,
      etag: '"e"',
    };
    const first = compress(file, 'gzip');
    expect(compress(file, 'gzip')).toBe(first);
    expect(gunzipSync(await first).toString()).toBe('x'.repeat(5000));
    expect(compress(file, 'br')).not.toBe(first);
  });
});
