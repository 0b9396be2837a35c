import { useSearchParams } from 'react-router';
import {
  readBatchListView,
  withoutFilters,
  withQuery,
  withSort,
  withStatusToggled,
  type SortColumn,
} from './batch-list-view';

/** The table's view, read from and written to the URL (see batch-list-view.ts). */
export function useBatchListView() {
  const [params, setParams] = useSearchParams();
  return {
    view: readBatchListView(params),
    sortBy: (column: SortColumn) => {
      setParams((current) => withSort(current, column));
    },
    toggleStatus: (key: string) => {
      setParams((current) => withStatusToggled(current, key));
    },
    // Typing replaces the history entry, and flushes at once so the caret stays where it is.
    search: (query: string) => {
      setParams((current) => withQuery(current, query), { replace: true, flushSync: true });
    },
    clearFilters: () => {
      setParams((current) => withoutFilters(current));
    },
  };
}
