/**
 * The fewest decoded bytes taken for a hash Partner Center can use. The 4K hashes of Windows 10
 * 1709 and later are at most about 4 KB; those in public examples decode to about 1,000 bytes (a
 * laptop, a virtual machine) and more with more disks, network cards and a TPM. The hashes of 1703
 * and earlier are 128 bytes, which Partner Center reads as the old format (the manufacturer +
 * model + serial tuple does not work for those devices), and a hash cut short by copying is shorter
 * still. 512 bytes is four times the old size and half the smallest 4K hash seen.
 */
export const minimumHardwareHashBytes = 512;

export type HardwareHashProblem =
  /**
   * Not standard base64: `characters` when it holds anything but A–Z, a–z, 0–9, `+`, `/` and
   * closing `=` (a space, a line break, base64url's `-` and `_`); `length` when the length is no
   * multiple of four, so the text was cut or its `=` padding dropped, which the API refuses.
   */
  | { code: 'hash-not-base64'; reason: 'characters' | 'length' }
  | { code: 'hash-implausible'; bytes: number; minimumBytes: number };

/** Why a hardware hash (trimmed, not empty) cannot be sent, or undefined when it looks right. */
export function checkHardwareHash(hash: string): HardwareHashProblem | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(hash))
    return { code: 'hash-not-base64', reason: 'characters' };
  if (hash.length % 4 !== 0) return { code: 'hash-not-base64', reason: 'length' };
  const padding = hash.endsWith('==') ? 2 : hash.endsWith('=') ? 1 : 0;
  const bytes = (hash.length / 4) * 3 - padding;
  if (bytes < minimumHardwareHashBytes) {
    return { code: 'hash-implausible', bytes, minimumBytes: minimumHardwareHashBytes };
  }
  return undefined;
}
