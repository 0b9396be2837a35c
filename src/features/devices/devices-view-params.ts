/**
 * The devices table's search, filters and sort, kept in the URL so a bookmark restores the view.
 * Reading is lenient: an unknown sort column or a blank value is ignored, never an error.
 */
export const sortColumns = [
  'serialNumber',
  'productKey',
  'modelName',
  'manufacturer',
  'profile',
  'uploadedAt',
  'uploadedBy',
] as const;

export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';
export interface DevicesSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Devices with one named profile, or devices without any profile. */
export type ProfileFilter =
  { readonly kind: 'named'; readonly name: string } | { readonly kind: 'none' };

export interface DevicesViewParams {
  readonly search: string;
  readonly model: string | null;
  readonly manufacturer: string | null;
  readonly profile: ProfileFilter | null;
  readonly sort: DevicesSort | null;
}

const keys = {
  search: 'q',
  model: 'model',
  manufacturer: 'manufacturer',
  profile: 'profile',
  noProfile: 'noProfile',
  sort: 'sort',
  order: 'order',
} as const;

const isSortColumn = (value: string | null): value is SortColumn =>
  sortColumns.some((column) => column === value);

const nonBlank = (value: string | null): string | null => (value?.trim() ? value : null);

export function readDevicesViewParams(params: URLSearchParams): DevicesViewParams {
  const sortColumn = params.get(keys.sort);
  const profileName = nonBlank(params.get(keys.profile));
  return {
    search: params.get(keys.search) ?? '',
    model: nonBlank(params.get(keys.model)),
    manufacturer: nonBlank(params.get(keys.manufacturer)),
    profile: params.has(keys.noProfile)
      ? { kind: 'none' }
      : profileName === null
        ? null
        : { kind: 'named', name: profileName },
    sort: isSortColumn(sortColumn)
      ? { column: sortColumn, direction: params.get(keys.order) === 'desc' ? 'desc' : 'asc' }
      : null,
  };
}

/** `current` with `change` applied; parameters this table does not own are kept as they are. */
export function writeDevicesViewParams(
  current: URLSearchParams,
  change: Partial<DevicesViewParams>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  };
  if (change.search !== undefined) set(keys.search, change.search);
  if (change.model !== undefined) set(keys.model, change.model);
  if (change.manufacturer !== undefined) set(keys.manufacturer, change.manufacturer);
  if (change.profile !== undefined) {
    set(keys.profile, change.profile?.kind === 'named' ? change.profile.name : null);
    set(keys.noProfile, change.profile?.kind === 'none' ? 'true' : null);
  }
  if (change.sort !== undefined) {
    set(keys.sort, change.sort?.column ?? null);
    set(keys.order, change.sort?.direction === 'desc' ? 'desc' : null);
  }
  return next;
}

/** True when any search text or filter narrows the list (sorting does not). */
export function isNarrowed(params: DevicesViewParams): boolean {
  return (
    params.search.trim() !== '' ||
    params.model !== null ||
    params.manufacturer !== null ||
    params.profile !== null
  );
}

/** A click on a column header: ascending, then descending, then back to Partner Center's order. */
export function nextSort(sort: DevicesSort | null, column: SortColumn): DevicesSort | null {
  if (sort?.column !== column) return { column, direction: 'asc' };
  return sort.direction === 'asc' ? { column, direction: 'desc' } : null;
}
