import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers as the reader writes them: "10,000" in English, "10.000" in Dutch. */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  return (value) => format.format(value);
}
