/**
 * Date-time strings as .NET serialises them: ISO 8601 with up to 7 fractional digits, with or
 * without an offset (docs/partner-center-api.md §5).
 */
const dotNetDateTime =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?)?\s*(?<offset>Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const MINUTE_MS = 60_000;

/** A Partner Center date once read. */
export interface ParsedPartnerCenterDate {
  readonly date: Date;
  /**
   * Whether the value carried a time zone (`Z` or an offset). Without one the dashboard reads it as
   * UTC, the service's clock, and says so wherever it shows the time.
   */
  readonly zoneGiven: boolean;
  /** `0001-01-01T00:00:00`, .NET's default value: the service means "not set" (§5, §7). */
  readonly isDotNetDefault: boolean;
}

/**
 * Parses a Partner Center date leniently. A value without an offset (`2017-07-25T01:51:00`) is
 * taken as UTC rather than as the viewer's local time, as `new Date()` would. Fractions beyond
 * milliseconds are truncated. Returns null for anything that is not a real date.
 */
export function parsePartnerCenterDateTime(value: string): ParsedPartnerCenterDate | null {
  const groups = dotNetDateTime.exec(value.trim())?.groups;
  if (!groups) return null;
  const year = toInt(groups.year);
  const month = toInt(groups.month);
  const day = toInt(groups.day);
  const hour = toInt(groups.hour);
  const minute = toInt(groups.minute);
  const second = toInt(groups.second);
  const millisecond = toInt((groups.fraction ?? '').slice(0, 3).padEnd(3, '0'));

  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 (.NET's DateTime.MinValue is year 1).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  const isRealDate =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  const offsetMinutes = parseOffsetMinutes(groups.offset);
  if (!isRealDate || offsetMinutes === null) return null;
  return {
    date: new Date(date.getTime() - offsetMinutes * MINUTE_MS),
    zoneGiven: groups.offset !== undefined,
    // DateTime.MinValue, and DateTimeOffset.MinValue with its "+00:00": midnight of 1 January, year 1.
    isDotNetDefault:
      year === 1 && month === 1 && day === 1 && hour + minute + second + millisecond === 0,
  };
}

/** The instant alone, for code that needs no more; null when the value is not a real date. */
export function parsePartnerCenterDate(value: string): Date | null {
  return parsePartnerCenterDateTime(value)?.date ?? null;
}

function toInt(digits: string | undefined): number {
  return digits ? Number(digits) : 0;
}

/** `Z` or absent → 0; `+01:00`, `-0700`, `+05` → signed minutes; out of range → null. */
function parseOffsetMinutes(offset: string | undefined): number | null {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = toInt(digits.slice(0, 2));
  const minutes = toInt(digits.slice(2));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}
