import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeStorageKey, type SupportedLocale } from './supported-locales';

/** Loads one locale's catalogues; only the language in use is downloaded. */
export type LoadCatalogues = (locale: SupportedLocale) => Promise<Resource[string]>;

/** One i18next instance for the app, starting in `locale` with its catalogues loaded. */
export async function createI18n(locale: SupportedLocale, load: LoadCatalogues): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    defaultNS: 'common',
    resources: { [locale]: await load(locale) },
    interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML
    returnNull: false,
  });
  syncDocumentLanguage(locale);
  return instance;
}

/** Switches language, loading its catalogues first, and remembers the choice. */
export async function changeLocale(
  instance: i18n,
  locale: SupportedLocale,
  load: LoadCatalogues,
): Promise<void> {
  if (!instance.hasResourceBundle(locale, 'common')) {
    const catalogues = await load(locale);
    for (const [namespace, messages] of Object.entries(catalogues)) {
      instance.addResourceBundle(locale, namespace, messages);
    }
  }
  await instance.changeLanguage(locale);
  syncDocumentLanguage(locale);
  try {
    localStorage.setItem(localeStorageKey, locale);
  } catch {
    // Not remembered when storage is blocked; the choice still applies to this visit.
  }
}

function syncDocumentLanguage(locale: SupportedLocale): void {
  document.documentElement.lang = locale.split('-')[0] ?? 'en';
}
