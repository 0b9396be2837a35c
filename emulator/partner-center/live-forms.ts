import type { WireForms } from '../seed/seed-records';
import type { Link } from './links';

/**
 * The forms the live API is known to send and the docs' examples hide (docs/partner-center-api.md
 * §5–§8), for the live-forms customer and, with `EMULATOR_LIVE_FORMS=1`, every customer. Which
 * batch gets which form follows from its position in the list, so a list of six batches shows every
 * one of them:
 *
 * - position 1, 3, 5 …: `deviceCount` instead of `devicesCount` (the resource table's spelling,
 *   §7);
 * - position 0, 3, 6 …: a `devicesLink` with `body: null` (the REST reference's form, §5);
 * - position 1, 4, 7 …: a `devicesLink` without `headers` (§5: read as an empty list).
 */
export const liveFormsBatchesPageSize = 5;

export const batchCountField = (forms: WireForms, position: number) =>
  forms === 'live' && position % 2 === 1 ? 'deviceCount' : 'devicesCount';

export function batchDevicesLink(forms: WireForms, link: Link, position: number): Link {
  if (forms === 'documented' || position % 3 === 2) return link;
  if (position % 3 === 0) return { ...link, body: null };
  return { uri: link.uri, method: link.method };
}

/** A collection's `next`: with `body: null` in live forms. */
export const collectionLink = (forms: WireForms, link: Link): Link =>
  forms === 'live' ? { ...link, body: null } : link;

/**
 * An optional value: left out when absent (documented, and observed, §6.5), or written as `null`
 * (live: "any of the optional fields may be absent or null", §7).
 */
export function optionalField<Key extends string, Value>(
  forms: WireForms,
  key: Key,
  value: Value | undefined,
): Partial<Record<Key, Value | null>> {
  if (value !== undefined) return { [key]: value } as Record<Key, Value>;
  return forms === 'live' ? ({ [key]: null } as Record<Key, null>) : {};
}
