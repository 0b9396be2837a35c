import { useCallback, useSyncExternalStore } from 'react';
import type { DeviceSelection } from './device-selection';

/** Whether one device is ticked: its row's checkbox renders again only when that changes. */
export function useIsSelected(selection: DeviceSelection, id: string): boolean {
  const isSelected = useCallback(() => selection.has(id), [selection, id]);
  return useSyncExternalStore(selection.subscribe, isSelected);
}

/** How many devices are ticked; renders again on every change (the header's box, the bar). */
export function useSelectedCount(selection: DeviceSelection): number {
  useSyncExternalStore(selection.subscribe, selection.version);
  return selection.size();
}
