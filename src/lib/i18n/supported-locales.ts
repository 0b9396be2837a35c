/** The dashboard's languages; `X-Locale` sends the same tag to Partner Center. */
export const supportedLocales = ['en-US', 'nl-NL'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

export const localeStorageKey = 'ztb-locale';

const isSupported = (value: string | null | undefined): value is SupportedLocale =>
  supportedLocales.some((locale) => locale === value);

/** The user's own choice if they made one, else the browser's first language we speak. */
export function detectLocale(
  stored: string | null,
  browserLanguages: readonly string[],
): SupportedLocale {
  if (isSupported(stored)) return stored;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    const match = supportedLocales.find((locale) => locale.toLowerCase().startsWith(`${primary}-`));
    if (match) return match;
  }
  return 'en-US';
}

export function readPreferredLocale(): SupportedLocale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(localeStorageKey);
  } catch {
    // Storage may be blocked; the browser's language still decides.
  }
  return detectLocale(stored, navigator.languages);
}
