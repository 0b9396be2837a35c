import type { Random } from './random';

/**
 * Dates as the Partner Center API writes them (docs/partner-center-api.md §5): .NET ISO-8601 strings, either without an
 * offset and without fractions (`2017-07-25T01:51:00`) or with seven fractional digits and an offset
 * (`2017-08-09T14:43:26.0092288-07:00`).
 */
export type DateForm = 'plain' | 'offset';

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
 */
export function formatDotNetDate(
  epochMs: number,
  form: DateForm,
  offsetMinutes = 0,
  subMillisecondTicks = 0,
): string {
  if (form === 'plain') return wallClock(epochMs);
  const fraction = `${pad(((epochMs % 1000) + 1000) % 1000, 3)}${pad(subMillisecondTicks, 4)}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${wallClock(epochMs + offsetMinutes * 60_000)}.${fraction}${offset}`;
}

/** A date string for `epochMs` in a randomly chosen form, offset and tick count. */
export function randomDotNetDate(random: Random, epochMs: number, plainShare = 0.3): string {
  const form: DateForm = random.chance(plainShare) ? 'plain' : 'offset';
  return formatDotNetDate(epochMs, form, random.pick(offsetsInMinutes), random.integer(0, 9999));
}

/** Epoch milliseconds of a date in either form; a date without an offset is read as UTC. */
export function parseDotNetDate(value: string): number {
  const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
  return Date.parse(hasOffset ? value : `${value}Z`);
}
