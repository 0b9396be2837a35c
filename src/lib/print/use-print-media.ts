import { useSyncExternalStore } from 'react';
import { createPrintMediaStore, type PrintMediaStore } from './print-media-store';

let store: PrintMediaStore | undefined;
const printMedia = () => (store ??= createPrintMediaStore(window));

const subscribe = (listener: () => void) => printMedia().subscribe(listener);
const isPrinting = () => printMedia().isPrinting();

/**
 * True while the page is printed, so a component can render what paper needs (every row of a
 * virtualised table, say). A store update renders synchronously, before the browser lays out the
 * printout that `beforeprint` announced.
 */
export function usePrintMedia(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}
