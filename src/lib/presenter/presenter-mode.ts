import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PresenterModeStore } from './presenter-mode-store';

export const PresenterModeContext = createContext<PresenterModeStore | null>(null);

/** Whether presenter mode is on, and the ways to change it. */
export function usePresenterMode() {
  const store = useContext(PresenterModeContext);
  if (!store) throw new Error('usePresenterMode must be used below PresenterModeContext');
  const active = useSyncExternalStore(store.subscribe, store.isActive);
  return {
    active,
    enter: () => {
      store.setActive(true);
    },
    leave: () => {
      store.setActive(false);
    },
  };
}
