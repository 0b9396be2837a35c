import type { LoadCatalogues } from '@/lib/i18n/create-i18n';
import { cataloguesEn } from './catalogues-en';

/** English ships with the app; Dutch is its own chunk, fetched only when chosen. */
export const loadCatalogues: LoadCatalogues = async (locale) =>
  locale === 'nl-NL' ? (await import('./catalogues-nl')).cataloguesNl : cataloguesEn;
