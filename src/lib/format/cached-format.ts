/**
 * Intl formatters are costly to build and a table formats thousands of dates: one per locale and
 * kind, kept in the caller's cache.
 */
export function cachedFormat<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let format = cache.get(locale);
  if (!format) {
    format = create();
    cache.set(locale, format);
  }
  return format;
}
