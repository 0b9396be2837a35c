/**
 * The devices ticked in a batch's table, by device id, kept outside React's state: a tick re-renders
 * only that row's checkbox, the header's and the selection bar (each subscribes to what it shows),
 * never the table, however many rows it has. "Select all" over 10,000 devices is one Set.
 */
export interface DeviceSelection {
  readonly subscribe: (listener: () => void) => () => void;
  readonly has: (id: string) => boolean;
  readonly size: () => number;
  /** A new number after every change: the snapshot of whoever shows the whole selection. */
  readonly version: () => number;
  /** The selected ids, as a new array (in the order they were ticked). */
  readonly ids: () => readonly string[];
  readonly set: (id: string, selected: boolean) => void;
  /** Selects exactly these devices (e.g. every device the filter shows). */
  readonly selectOnly: (ids: Iterable<string>) => void;
  readonly clear: () => void;
  /**
   * Unselects every device not in `shown`: after the search or a filter changed (what is selected
   * is always what the table can show), or after a refresh no longer lists a device.
   */
  readonly keepOnly: (shown: ReadonlySet<string>) => void;
}

export function createDeviceSelection(): DeviceSelection {
  let selected = new Set<string>();
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    has: (id) => selected.has(id),
    size: () => selected.size,
    version: () => version,
    ids: () => [...selected],
    set: (id, value) => {
      if (selected.has(id) === value) return;
      if (value) selected.add(id);
      else selected.delete(id);
      changed();
    },
    selectOnly: (ids) => {
      selected = new Set(ids);
      changed();
    },
    clear: () => {
      if (selected.size === 0) return;
      selected = new Set();
      changed();
    },
    keepOnly: (shown) => {
      const kept = [...selected].filter((id) => shown.has(id));
      if (kept.length === selected.size) return;
      selected = new Set(kept);
      changed();
    },
  };
}
