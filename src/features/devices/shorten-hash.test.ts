import { shortenHash } from './shorten-hash';

describe('shortenHash', () => {
  it('keeps the start and the end of a long hash around an ellipsis', () => {
    const hash = `T0FiAwEAHAAAAAoA${'x'.repeat(5000)}pXk2Ag==`;
    expect(shortenHash(hash)).toBe('T0FiAwEA…pXk2Ag==');
  });

  it('returns a short value whole', () => {
    expect(shortenHash('T0FiAwEA')).toBe('T0FiAwEA');
    expect(shortenHash('12345678901234567')).toBe('12345678901234567');
    expect(shortenHash('abcdefgh-ijklmnopq')).toBe('abcdefgh…jklmnopq');
  });
});
