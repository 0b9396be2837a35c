/**
 * What presenter mode shows instead of a product key or hardware hash: a fixed run of dots and, for
 * product keys, the last four characters so the presenter can still tell devices apart. The length
 * of the real value is not revealed.
 */
export function maskSecret(value: string, visibleTail = 0): string {
  const tail = visibleTail > 0 && value.length > visibleTail * 2 ? value.slice(-visibleTail) : '';
  return `••••••••${tail}`;
}
