/**
 * Words from a machine token, for values the dashboard has no words of its own for:
 * `on_hold` → "On hold", `PendingReview` → "Pending review", `in-progress` → "In progress".
 * Sentence case, as the dashboard writes every label. A value that is already words is kept as
 * written apart from its first letter, so names and abbreviations ("Sent to OEM") survive.
 */
export function humaniseToken(token: string): string {
  const trimmed = token.trim();
  const isToken = /^[\p{L}\p{N}]+(?:[_-]+[\p{L}\p{N}]+)*$/u.test(trimmed);
  const words = isToken
    ? trimmed
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .toLowerCase()
    : trimmed.replace(/\s+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
