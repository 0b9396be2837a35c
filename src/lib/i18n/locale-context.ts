import { createContext, useContext } from 'react';
import type { SupportedLocale } from './supported-locales';

/** Switches the dashboard's language (loading its catalogues first) and re-asks Partner Center. */
export const ChangeLocaleContext = createContext<
  ((locale: SupportedLocale) => Promise<void>) | null
>(null);

export function useChangeLocale(): (locale: SupportedLocale) => Promise<void> {
  const change = useContext(ChangeLocaleContext);
  if (!change) throw new Error('useChangeLocale must be used below ChangeLocaleContext');
  return change;
}
