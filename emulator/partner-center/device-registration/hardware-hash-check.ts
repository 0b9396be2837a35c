/**
 * Whether Partner Center would take a hardware hash, as far as the emulator can tell: the hash is
 * base64 and long enough to be a 4K hash. The 128-byte hashes of Windows 10 1703 and earlier, and
 * placeholders such as the docs' "DummyHash123", are too short (docs/partner-center-api.md §15).
 * The threshold is the emulator's choice: Microsoft documents no length, and real 4K hashes decode
 * to a few thousand bytes.
 */
export const minimumHardwareHashBytes = 1024;

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isValidHardwareHash(hash: string): boolean {
  if (!base64.test(hash)) return false;
  const padding = hash.endsWith('==') ? 2 : hash.endsWith('=') ? 1 : 0;
  return (hash.length / 4) * 3 - padding >= minimumHardwareHashBytes;
}
