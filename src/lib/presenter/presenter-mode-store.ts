/**
 * Presenter mode, for demos on a shared screen: on, it hides other customers and masks secrets. It
 * is remembered in the browser (it survives reloads and new tabs) and can be switched on by a URL
 * (`?presenter=on`), so a bookmark opens straight into it.
 */
export const presenterStorageKey = 'ztb-presenter-mode';
export const presenterUrlParam = 'presenter';

export interface PresenterModeStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly isActive: () => boolean;
  readonly setActive: (active: boolean) => void;
}

export function createPresenterModeStore(storage: Storage, url: URL): PresenterModeStore {
  const listeners = new Set<() => void>();
  const read = () => {
    try {
      return storage.getItem(presenterStorageKey) === 'on';
    } catch {
      return false;
    }
  };
  let active = read() || url.searchParams.get(presenterUrlParam) === 'on';

  const write = (value: boolean) => {
    try {
      if (value) storage.setItem(presenterStorageKey, 'on');
      else storage.removeItem(presenterStorageKey);
    } catch {
      // Storage blocked: the mode still holds for this page.
    }
  };
  write(active);

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isActive: () => active,
    setActive: (value) => {
      if (value === active) return;
      active = value;
      write(value);
      for (const listener of listeners) listener();
    },
  };
}
