/** The path decoded, or null when it holds a malformed escape (`%E0%A4%A`). */
function decodePath(pathname: string): string | null {
  try {
    // The decoded text is returned, not only tried: a minifier may drop a call whose result is
    // unused, taking the throw with it.
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * True when the URL path decodes. A malformed escape is no address of the dashboard: React Router
 * would still match it, handing the raw text to a page as an id.
 */
export function isDecodablePath(pathname: string): boolean {
  return decodePath(pathname) !== null;
}
