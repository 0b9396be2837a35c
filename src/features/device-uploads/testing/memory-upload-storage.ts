import { browserUploadStorage } from '../tracking/remembered-uploads';

/**
 * Swaps the browser's store of remembered uploads (idb-keyval; jsdom has no IndexedDB) for a Map
 * for each test of the file, and puts idb-keyval back afterwards: the module graph is shared with
 * other test files. Returns the Map, to look into or seed through the storage functions.
 */
export function stubUploadStorage(): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const spies: { mockRestore: () => void }[] = [];
  beforeEach(() => {
    values.clear();
    spies.push(
      vi
        .spyOn(browserUploadStorage, 'get')
        .mockImplementation((key) => Promise.resolve(values.get(key))),
      vi.spyOn(browserUploadStorage, 'set').mockImplementation((key, value) => {
        values.set(key, value);
        return Promise.resolve();
      }),
    );
  });
  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
  });
  return values;
}
