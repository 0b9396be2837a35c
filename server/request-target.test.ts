import { describe, expect, it } from 'vitest';
import { createHostMatcher } from './allowed-hosts.js';
import { checkRequestTarget, decodeSafePath } from './request-target.js';

describe('decodeSafePath', () => {
  it('decodes ordinary paths', () => {
    expect(decodeSafePath('/customers/abc/device-batches')).toBe('/customers/abc/device-batches');
    expect(decodeSafePath('/v1/deviceBatches/Test%20batch/devices')).toBe(
      '/v1/deviceBatches/Test batch/devices',
    );
    expect(decodeSafePath('/assets/app..js')).toBe('/assets/app..js');
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/assets/..\\..\\secret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/app.js%00.png',
    '/./index.html',
    '/%',
    '/%e0%a4%a',
  ])('refuses %s', (path) => {
    expect(decodeSafePath(path)).toBeUndefined();
  });
});

describe('checkRequestTarget', () => {
  const isAllowed = createHostMatcher(['localhost:4280']);

  it('splits an origin-form target', () => {
    expect(checkRequestTarget('/a%20b?size=50&x=1', 'localhost:4280', isAllowed)).toEqual({
      ok: true,
      path: '/a%20b',
      decodedPath: '/a b',
      query: 'size=50&x=1',
    });
  });

  it('refuses a foreign or missing Host with 421 / 400', () => {
    expect(checkRequestTarget('/', 'evil.example', isAllowed)).toMatchObject({ status: 421 });
    expect(checkRequestTarget('/', undefined, isAllowed)).toMatchObject({ status: 400 });
  });

  it('judges an absolute-form target by its own authority, not the Host header', () => {
    expect(checkRequestTarget('http://evil.example/', 'localhost:4280', isAllowed)).toMatchObject({
      status: 421,
    });
    expect(
      checkRequestTarget('HTTP://localhost:4280?q=1', 'evil.example', isAllowed),
    ).toMatchObject({ ok: true, path: '/', query: 'q=1' });
    expect(
      checkRequestTarget('http://localhost:4280/../secret', 'localhost:4280', isAllowed),
    ).toMatchObject({ status: 400 });
  });

  it('refuses other target forms and fragments', () => {
    expect(checkRequestTarget('*', 'localhost:4280', isAllowed)).toMatchObject({ status: 400 });
    expect(checkRequestTarget('evil.example:443', 'localhost:4280', isAllowed)).toMatchObject({
      status: 400,
    });
    expect(checkRequestTarget('/a#b', 'localhost:4280', isAllowed)).toMatchObject({ status: 400 });
  });
});
