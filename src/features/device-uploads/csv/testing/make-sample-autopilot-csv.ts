/**
 * A made-up Autopilot CSV for tests and benchmarks, in the form Get-WindowsAutopilotInfo
 * `-Partner` writes: Partner Center's header, CRLF lines, no quotes, an empty product ID, and a
 * random 4K-size hash per device. The same arguments always give the same text.
 */

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const models = [
  ['Dell Inc.', 'Latitude 5440'],
  ['HP', 'HP EliteBook 840 14 inch G10 Notebook PC'],
  ['LENOVO', '21HD003QMH'],
  ['Microsoft Corporation', 'Surface Laptop 5'],
] as const;

export interface SampleAutopilotCsvOptions {
  /** Decoded size of each hash: 3,000 bytes (4,000 base64 characters) unless said otherwise. */
  hashBytes?: number;
  seed?: number;
}

/** mulberry32: a small, fast, seedable generator; the sample need not be secure, only repeatable. */
function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function base64Character(sextet: number): string {
  return base64Alphabet.charAt(sextet & 0b111111);
}

/**
 * Random base64 text to cut the hashes from: drawing every character anew would make writing
 * the sample slower than reading it, and the benchmark is about the reading.
 */
function randomBase64(length: number, random: () => number): string {
  const chars: string[] = [];
  for (let index = 0; index < length; index += 1) chars.push(base64Character(random() * 64));
  return chars.join('');
}

/**
 * A hash of `bytes` decoded bytes: "T0" (the "OA" every real hash starts with), the row number
 * (so no two rows share a hash), then text cut from the pool at a random place, and `=` padding
 * where base64 needs it, with the padding bits zero, as encoders write them.
 */
function sampleHash(bytes: number, row: number, pool: string, random: () => number): string {
  const padding = (3 - (bytes % 3)) % 3;
  const characters = Math.ceil(bytes / 3) * 4 - padding;
  const rowNumber = [18, 12, 6, 0].map((shift) => base64Character(row >>> shift)).join('');
  const restLength = characters - 6 - 1;
  const start = Math.floor(random() * (pool.length - restLength));
  const paddingMask = padding === 2 ? 0b110000 : padding === 1 ? 0b111100 : 0b111111;
  const last = base64Character(Math.floor(random() * 64) & paddingMask);
  return `T0${rowNumber}${pool.slice(start, start + restLength)}${last}${'='.repeat(padding)}`;
}

export function makeSampleAutopilotCsv(
  rows: number,
  { hashBytes = 3_000, seed = 15 }: SampleAutopilotCsvOptions = {},
): string {
  if (!Number.isInteger(hashBytes) || hashBytes < 16) {
    throw new RangeError(`A sample hash has at least 16 bytes, not ${hashBytes}.`);
  }
  const random = randomNumbers(seed);
  const pool = randomBase64(Math.ceil(hashBytes / 3) * 4 + 4_096, random);
  const lines = [
    'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model',
  ];
  for (let index = 0; index < rows; index += 1) {
    const [manufacturer, model] = models[index % models.length] ?? models[0];
    const serial = `SMP${index.toString(36).toUpperCase().padStart(7, '0')}`;
    lines.push(`${serial},,${sampleHash(hashBytes, index, pool, random)},${manufacturer},${model}`);
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
