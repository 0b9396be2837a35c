import type { DeviceRow } from './device-row';
import type { DevicesViewParams } from './devices-view-params';

type Filters = Pick<DevicesViewParams, 'search' | 'model' | 'manufacturer' | 'profile'>;

/**
 * The rows that match the search text (in serial number, product key or model, ignoring case)
 * and every chosen filter. Returns `rows` itself when nothing narrows the list.
 */
export function filterDevices(rows: readonly DeviceRow[], filters: Filters): readonly DeviceRow[] {
  const search = filters.search.trim().toLowerCase();
  const { model, manufacturer, profile } = filters;
  if (!search && model === null && manufacturer === null && profile === null) return rows;
  return rows.filter(
    (row) =>
      (!search || row.searchText.includes(search)) &&
      (model === null || row.modelName === model) &&
      (manufacturer === null || row.manufacturer === manufacturer) &&
      (profile === null ||
        (profile.kind === 'none' ? row.profile === null : row.profile === profile.name)),
  );
}

export interface FilterChoices {
  readonly models: readonly string[];
  readonly manufacturers: readonly string[];
  readonly profiles: readonly string[];
  /** Whether any device has no profile, so "No profile" is worth offering. */
  readonly someWithoutProfile: boolean;
}

/** The distinct models, manufacturers and profiles among `rows`, sorted for the filter menus. */
export function filterChoices(rows: readonly DeviceRow[], locale: string): FilterChoices {
  const models = new Set<string>();
  const manufacturers = new Set<string>();
  const profiles = new Set<string>();
  let someWithoutProfile = false;
  for (const row of rows) {
    if (row.modelName) models.add(row.modelName);
    if (row.manufacturer) manufacturers.add(row.manufacturer);
    if (row.profile === null) someWithoutProfile = true;
    else profiles.add(row.profile);
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sorted = (values: Set<string>) => [...values].sort(collator.compare);
  return {
    models: sorted(models),
    manufacturers: sorted(manufacturers),
    profiles: sorted(profiles),
    someWithoutProfile,
  };
}
