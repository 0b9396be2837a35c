/**
 * The batches table's view (sort, status filter, name search) as URL search parameters, so a
 * bookmark or a shared link restores it:
 * `?sort=devices&order=asc&status=queued&status=processing&q=lab`.
 * Reading is lenient: an unknown column or direction falls back to the default, never an error.
 */
export const sortColumns = ['name', 'status', 'created', 'devices', 'createdBy'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';

export interface BatchSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

export interface BatchListView {
  readonly sort: BatchSort;
  /** Status buckets to show (see `statusKeyOf`); empty shows every batch. */
  readonly statuses: readonly string[];
  /** The search text as typed; matching ignores surrounding spaces. */
  readonly query: string;
}

/** The direction a column sorts in when first chosen: newest and largest first, names A to Z. */
const firstDirection: Record<SortColumn, SortDirection> = {
  name: 'asc',
  status: 'asc',
  created: 'desc',
  devices: 'desc',
  createdBy: 'asc',
};

export const defaultSort: BatchSort = { column: 'created', direction: 'desc' };

const param = { sort: 'sort', order: 'order', status: 'status', query: 'q' } as const;

const isSortColumn = (value: string | null): value is SortColumn =>
  sortColumns.some((column) => column === value);

export function readBatchListView(params: URLSearchParams): BatchListView {
  const column = params.get(param.sort);
  const order = params.get(param.order);
  const sort: BatchSort = isSortColumn(column)
    ? { column, direction: order === 'asc' || order === 'desc' ? order : firstDirection[column] }
    : defaultSort;
  const statuses = [...new Set(params.getAll(param.status).filter((value) => value !== ''))];
  return { sort, statuses, query: params.get(param.query) ?? '' };
}

/** Sorts by `column`; choosing the current column again reverses it. Other parameters are kept. */
export function withSort(params: URLSearchParams, column: SortColumn): URLSearchParams {
  const { sort } = readBatchListView(params);
  const direction =
    sort.column === column ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection[column];
  const next = new URLSearchParams(params);
  if (column === defaultSort.column && direction === defaultSort.direction) {
    next.delete(param.sort);
    next.delete(param.order);
  } else {
    next.set(param.sort, column);
    next.set(param.order, direction);
  }
  return next;
}

/** Adds the status bucket to the filter, or removes it when it is already there. */
export function withStatusToggled(params: URLSearchParams, key: string): URLSearchParams {
  const { statuses } = readBatchListView(params);
  const chosen = statuses.includes(key)
    ? statuses.filter((status) => status !== key)
    : [...statuses, key];
  const next = new URLSearchParams(params);
  next.delete(param.status);
  for (const status of chosen) next.append(param.status, status);
  return next;
}

export function withQuery(params: URLSearchParams, query: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (query === '') next.delete(param.query);
  else next.set(param.query, query);
  return next;
}

/** Shows every batch again; the sort stays. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(param.status);
  next.delete(param.query);
  return next;
}
