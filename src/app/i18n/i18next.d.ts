import 'i18next';
import type { cataloguesEn } from './catalogues-en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof cataloguesEn;
  }
}
