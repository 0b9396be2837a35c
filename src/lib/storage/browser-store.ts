import { del, get, set } from 'idb-keyval';

/**
 * Where the browser keeps what the dashboard remembers between visits (uploads to track, device
 * changes to finish): IndexedDB through idb-keyval, so it survives a reload, a new sign-in and a
 * closed tab, and holds far more than localStorage's few megabytes. A Map stands in for it in tests
 * (`stubBrowserStore`). Callers treat a failing store as empty: private browsing may have none.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export const browserStore: KeyValueStore = { get, set, del };
