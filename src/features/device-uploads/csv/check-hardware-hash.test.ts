import { checkHardwareHash, minimumHardwareHashBytes } from './check-hardware-hash';

/** A base64 text of `bytes` bytes, padded as base64 requires. */
function base64OfLength(bytes: number): string {
  return btoa('\u00A5'.repeat(bytes));
}

describe('checkHardwareHash', () => {
  it('accepts a 4K hash, padded or not needing padding', () => {
    expect(checkHardwareHash(base64OfLength(3_000))).toBeUndefined();
    expect(base64OfLength(1_030)).toMatch(/[^=]==$/);
    expect(checkHardwareHash(base64OfLength(1_030))).toBeUndefined();
    expect(base64OfLength(1_031)).toMatch(/[^=]=$/);
    expect(checkHardwareHash(base64OfLength(1_031))).toBeUndefined();
    expect(checkHardwareHash(base64OfLength(minimumHardwareHashBytes))).toBeUndefined();
  });

  it('refuses a hash with characters base64 does not have', () => {
    const hash = base64OfLength(1_500);
    for (const damaged of [
      `${hash.slice(0, 100)} ${hash.slice(101)}`,
      `${hash.slice(0, 100)}\n${hash.slice(101)}`,
      `${hash.slice(0, 100)}-${hash.slice(101)}`,
      `${hash.slice(0, 100)}=${hash.slice(101)}`,
      `${hash.slice(0, 100)}é${hash.slice(101)}`,
    ]) {
      expect(checkHardwareHash(damaged)).toEqual({ code: 'hash-not-base64', reason: 'characters' });
    }
  });

  it('refuses a hash cut short or missing its padding', () => {
    const padded = base64OfLength(1_030);
    expect(checkHardwareHash(padded.replace(/=+$/, ''))).toEqual({
      code: 'hash-not-base64',
      reason: 'length',
    });
    expect(checkHardwareHash(base64OfLength(1_500).slice(0, -3))).toEqual({
      code: 'hash-not-base64',
      reason: 'length',
    });
  });

  it('calls an old 128-byte hash, or a fragment, implausible, saying how many bytes it has', () => {
    expect(checkHardwareHash(base64OfLength(128))).toEqual({
      code: 'hash-implausible',
      bytes: 128,
      minimumBytes: minimumHardwareHashBytes,
    });
    expect(checkHardwareHash('T0Gr')).toMatchObject({ code: 'hash-implausible', bytes: 3 });
    expect(checkHardwareHash(base64OfLength(minimumHardwareHashBytes - 1))).toMatchObject({
      code: 'hash-implausible',
      bytes: minimumHardwareHashBytes - 1,
    });
  });
});
