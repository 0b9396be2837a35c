/**
 * Characters left alone: RFC 3986 `pchar` and `/` in a path, plus `?` in a query; `%` only when it
 * starts a `%XX` escape. Everything else (space, `#`, `"`, `\`, `|`, non-ASCII…) is escaped.
 */
const UNSAFE_IN_PATH = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu;
const UNSAFE_IN_QUERY = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;
const LONE_SURROGATE = /^[\uD800-\uDFFF]$/u;

/**
 * Escapes what may not appear raw in a URL path, exactly once: a raw space becomes `%20`, an
 * existing `%20` is kept, and a `%` not followed by two hex digits is a literal percent (`%25`).
 */
export function encodePathPart(path: string): string {
  return path.replace(UNSAFE_IN_PATH, escapeCharacter);
}

/** As `encodePathPart`, for a query string (`?` stays; `&`, `=`, `+` keep their meaning). */
export function encodeQueryPart(query: string): string {
  return query.replace(UNSAFE_IN_QUERY, escapeCharacter);
}

function escapeCharacter(character: string): string {
  // encodeURIComponent throws on a lone surrogate; the URL standard writes U+FFFD instead.
  return LONE_SURROGATE.test(character) ? '%EF%BF%BD' : encodeURIComponent(character);
}
