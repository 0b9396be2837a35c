/**
 * A hardware hash is about 5,000 characters of base64: the table shows its start and end, enough
 * to tell two apart at a glance ("T0FiAwEA…pXk2Ag=="). Short values are returned whole.
 */
export function shortenHash(hash: string, head = 8, tail = 8): string {
  if (hash.length <= head + tail + 1) return hash;
  return `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}
