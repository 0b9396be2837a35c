/**
 * A small seeded pseudo-random generator (sfc32, seeded through cyrb128), so that the same seed
 * always yields byte-identical data. Every independent piece of data (a customer, a device) gets
 * its own stream from a string key, so data can be generated lazily and in any order.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` digits, leading zeros allowed. */
  digits(count: number): string;
  /** `count` characters drawn from `alphabet`. */
  characters(alphabet: string, count: number): string;
  /** A version-4-shaped GUID in lower case. */
  guid(): string;
  bytes(count: number): Uint8Array;
}

function cyrb128(key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function createRandom(key: string): Random {
  let [a, b, c, d] = cyrb128(key);

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const characters = (alphabet: string, count: number): string => {
    let text = '';
    for (let i = 0; i < count; i++) text += alphabet.charAt(integer(0, alphabet.length - 1));
    return text;
  };
  const bytes = (count: number): Uint8Array => {
    const result = new Uint8Array(count);
    for (let i = 0; i < count; i += 4) {
      const word = uint32();
      for (let j = 0; j < 4 && i + j < count; j++) result[i + j] = (word >>> (8 * j)) & 0xff;
    }
    return result;
  };

  return {
    next,
    uint32,
    integer,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[integer(0, items.length - 1)];
      if (item === undefined) throw new Error('Cannot pick from an empty list');
      return item;
    },
    digits: (count) => characters('0123456789', count),
    characters,
    guid() {
      const hex = Buffer.from(bytes(16)).toString('hex');
      const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
    bytes,
  };
}
