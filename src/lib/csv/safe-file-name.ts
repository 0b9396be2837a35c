const refusedInFileNames = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

/**
 * `name` as a file name every file system accepts: characters Windows, macOS or Linux refuse, and
 * control characters, become "-"; `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  const safe = Array.from(name, (character) =>
    character < ' ' || refusedInFileNames.has(character) ? '-' : character,
  )
    .join('')
    .trim();
  return safe || fallback;
}
