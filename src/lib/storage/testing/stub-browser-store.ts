import { browserStore } from '../browser-store';

/**
 * Swaps the browser's store (idb-keyval; jsdom has no IndexedDB) for a Map for each test of the
 * file, and puts idb-keyval back afterwards: the module graph is shared with other test files.
 * Returns the Map, to look into or seed through the storage functions.
 */
export function stubBrowserStore(): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const spies: { mockRestore: () => void }[] = [];
  beforeEach(() => {
    values.clear();
    spies.push(
      vi.spyOn(browserStore, 'get').mockImplementation((key) => Promise.resolve(values.get(key))),
      vi.spyOn(browserStore, 'set').mockImplementation((key, value) => {
        values.set(key, value);
        return Promise.resolve();
      }),
      vi.spyOn(browserStore, 'del').mockImplementation((key) => {
        values.delete(key);
        return Promise.resolve();
      }),
    );
  });
  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
  });
  return values;
}
