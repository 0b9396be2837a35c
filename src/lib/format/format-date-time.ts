import { cachedFormat } from './cached-format';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date and time as a table cell shows it: short enough for a column, exact enough to act on, in
 * the user's language and time zone: "Jul 25, 2017, 1:51 AM" (en-US), "25 jul 2017, 01:51" (nl-NL).
 */
export function formatDateTime(date: Date, locale: string): string {
  return cachedFormat(
    dateTimeFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}
