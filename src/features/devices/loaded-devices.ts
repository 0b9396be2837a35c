import type { PageCursor } from '@/lib/api-client/fetch-all-pages';
import type { Device } from '@/lib/partner-center/device-schema';
import type { DevicesPage } from './api/get-devices-first-page';

/**
 * A batch's devices as far as they have been loaded. `next` is the cursor of the page still to
 * load: undefined once every page is in. After a failure it is kept, so a retry resumes there.
 */
export interface LoadedDevices {
  readonly devices: readonly Device[];
  readonly loadedCount: number;
  readonly next: PageCursor | undefined;
}

/** One page on its way into `LoadedDevices`; `fromStart` marks the first page of a new walk. */
export interface DevicesChunk {
  readonly page: DevicesPage;
  readonly fromStart: boolean;
}

/** Before anything is loaded: no devices, and the next page is the first. */
export function nothingLoaded(start: PageCursor): LoadedDevices {
  return { devices: [], loadedCount: 0, next: start };
}

/** Adds a page: appended after the devices so far, or replacing them when a walk starts over. */
export function addDevicesPage(
  loaded: LoadedDevices,
  { page, fromStart }: DevicesChunk,
): LoadedDevices {
  if (fromStart) return firstPageLoaded(page);
  return {
    devices: [...loaded.devices, ...page.page.items],
    loadedCount: page.loadedCount,
    next: page.next,
  };
}

/** Just the first page, e.g. one prefetched before the page opened. */
export function firstPageLoaded(page: DevicesPage): LoadedDevices {
  return { devices: page.page.items, loadedCount: page.loadedCount, next: page.next };
}

/** Whether a walk has already loaded something it can continue from, rather than start over. */
export function canResume(loaded: LoadedDevices | undefined): loaded is LoadedDevices & {
  next: PageCursor;
} {
  return loaded !== undefined && loaded.loadedCount > 0 && loaded.next !== undefined;
}

export const isFullyLoaded = (loaded: LoadedDevices): boolean => loaded.next === undefined;
