import { parsePartnerCenterDateTime } from '@/lib/partner-center/parse-partner-center-date';

/**
 * A date field of a Partner Center resource, as the dashboard shows and sorts it:
 * - `not-given`: absent, null or unreadable (see `lenientOptional`);
 * - `not-set`: .NET's default `0001-01-01T00:00:00`, which the service sends for "no date yet"
 *   (docs/partner-center-api.md §5) and which must never read as the year 1;
 * - `unreadable`: a string that is no date, shown as it came so nothing is lost;
 * - `date`: a real moment, with whether the service gave its time zone.
 */
export type PartnerCenterDate =
  | { readonly kind: 'not-given' }
  | { readonly kind: 'not-set' }
  | { readonly kind: 'unreadable'; readonly text: string }
  | { readonly kind: 'date'; readonly date: Date; readonly zoneGiven: boolean };

const notGiven: PartnerCenterDate = { kind: 'not-given' };
const notSet: PartnerCenterDate = { kind: 'not-set' };

export function readPartnerCenterDate(value: string | null | undefined): PartnerCenterDate {
  if (value === undefined || value === null || value.trim() === '') return notGiven;
  const parsed = parsePartnerCenterDateTime(value);
  if (!parsed) return { kind: 'unreadable', text: value };
  if (parsed.isDotNetDefault) return notSet;
  return { kind: 'date', date: parsed.date, zoneGiven: parsed.zoneGiven };
}

/**
 * Milliseconds since the epoch for sorting, or undefined for every date that is not a real moment
 * (not given, not set, unreadable): the sorts put those last in either direction.
 */
export function sortableTime(date: PartnerCenterDate): number | undefined {
  return date.kind === 'date' ? date.date.getTime() : undefined;
}
