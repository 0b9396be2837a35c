import { describe, expect, it } from 'vitest';
import { exampleHardwareHash } from '../../seed/hardware-hashes';
import { isValidHardwareHash, minimumHardwareHashBytes } from './hardware-hash-check';

const base64Of = (bytes: number): string => Buffer.alloc(bytes, 7).toString('base64');

describe('isValidHardwareHash', () => {
  it('takes a 4K-shaped hash', () => {
    expect(isValidHardwareHash(exampleHardwareHash('any'))).toBe(true);
  });

  it('takes exactly the minimum length, with or without padding', () => {
    expect(isValidHardwareHash(base64Of(minimumHardwareHashBytes))).toBe(true);
    expect(isValidHardwareHash(base64Of(minimumHardwareHashBytes + 1))).toBe(true);
    expect(isValidHardwareHash(base64Of(minimumHardwareHashBytes + 2))).toBe(true);
  });

  it.each([
    ['the docs placeholder', 'DummyHash123'],
    ['a 128-byte hash of Windows 10 1703 and earlier', base64Of(128)],
    ['one byte short', base64Of(minimumHardwareHashBytes - 1)],
    ['not base64', `${exampleHardwareHash('any').slice(0, -4)}!!!!`],
    ['base64url instead of base64', Buffer.alloc(2001, 0xfb).toString('base64url')],
    ['cut short (length not a multiple of 4)', exampleHardwareHash('any').slice(0, -1)],
    ['with a line break inside', `${base64Of(1200)}\n${base64Of(1200)}`],
    ['empty', ''],
  ])('refuses %s', (_case, hash) => {
    expect(isValidHardwareHash(hash)).toBe(false);
  });
});
