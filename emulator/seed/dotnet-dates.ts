import type { Random } from './random';

/**
 * Dates as the Partner Center API writes them (docs/partner-center-api.md §5), the three ways
 * .NET serialises a date: without an offset and without fractions (`2017-07-25T01:51:00`), in UTC
 * with `Z` and one to seven fraction digits (`2017-08-09T21:43:26.0092288Z`, `…26.5Z`), or with
 * seven fraction digits and an offset (`2017-08-09T14:43:26.0092288-07:00`).
 */
export type DateForm = 'plain' | 'utc' | 'offset';

/** .NET's default date, which the API writes for a date that was never set (§5). */
export const unsetDotNetDate = '0001-01-01T00:00:00';

/** Offsets seen in the documented examples (−07:00, +01:00) and a few more partner time zones. */
const offsetsInMinutes = [-420, -300, 0, 60, 120, 180, 330] as const;

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

function wallClock(epochMs: number): string {
  const date = new Date(epochMs);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/**
 * @param subMillisecondTicks 0–9999: the last four of the seven fractional digits (100 ns ticks).
 * @param fractionDigits 1–7: how many fraction digits the `utc` form keeps (the offset form has 7).
 */
export function formatDotNetDate(
  epochMs: number,
  form: DateForm,
  offsetMinutes = 0,
  subMillisecondTicks = 0,
  fractionDigits = 7,
): string {
  if (form === 'plain') return wallClock(epochMs);
  const fraction = `${pad(((epochMs % 1000) + 1000) % 1000, 3)}${pad(subMillisecondTicks, 4)}`;
  if (form === 'utc') return `${wallClock(epochMs)}.${fraction.slice(0, fractionDigits)}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offsetMinutes) / 60));
  const offset = `${sign}${hours}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${wallClock(epochMs + offsetMinutes * 60_000)}.${fraction}${offset}`;
}

/**
 * What the emulator writes for what happens while it runs (uploads, new and changed profiles): UTC
 * with seven fraction digits, one of the forms of §5.
 */
export const dotNetUtcDate = (epochMs: number): string => formatDotNetDate(epochMs, 'utc', 0, 0, 7);

/** A date string for `epochMs` in a randomly chosen form, offset, tick count and precision. */
export function randomDotNetDate(random: Random, epochMs: number, plainShare = 0.3): string {
  const draw = random.next();
  const utcShare = (1 - plainShare) / 2;
  const form: DateForm =
    draw < plainShare ? 'plain' : draw < plainShare + utcShare ? 'utc' : 'offset';
  return formatDotNetDate(
    epochMs,
    form,
    random.pick(offsetsInMinutes),
    random.integer(0, 9999),
    random.integer(1, 7),
  );
}

/** Epoch milliseconds of a date in any of the forms; a date without an offset is read as UTC. */
export function parseDotNetDate(value: string): number {
  const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
  return Date.parse(hasOffset ? value : `${value}Z`);
}
