import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { cataloguesEn } from '@/app/i18n/catalogues-en';
import { cataloguesNl } from '@/app/i18n/catalogues-nl';

/** An i18next instance with every catalogue loaded synchronously, English unless asked otherwise. */
export function createTestI18n(locale: 'en-US' | 'nl-NL' = 'en-US'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    defaultNS: 'common',
    resources: { 'en-US': cataloguesEn, 'nl-NL': cataloguesNl },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
