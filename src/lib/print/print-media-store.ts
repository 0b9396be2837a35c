/** What the store needs of `window`: the print media query and the print events. */
export type PrintTarget = Pick<Window, 'matchMedia' | 'addEventListener'>;

export interface PrintMediaStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly isPrinting: () => boolean;
}

/**
 * Whether the page is being printed: the `print` media query matches (a browser laying out the
 * printout, or print emulation in tests) or the browser is between `beforeprint` and `afterprint`.
 * The events are watched from the first subscription for the page's lifetime, so a component that
 * mounts while printing still knows.
 */
export function createPrintMediaStore(target: PrintTarget): PrintMediaStore {
  const listeners = new Set<() => void>();
  let query: MediaQueryList | undefined;
  let betweenPrintEvents = false;
  const printQuery = () => (query ??= target.matchMedia('print'));
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const watch = () => {
    printQuery().addEventListener('change', notify);
    target.addEventListener('beforeprint', () => {
      betweenPrintEvents = true;
      notify();
    });
    target.addEventListener('afterprint', () => {
      betweenPrintEvents = false;
      notify();
    });
  };
  let watching = false;

  return {
    subscribe: (listener) => {
      if (!watching) {
        watching = true;
        watch();
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isPrinting: () => betweenPrintEvents || printQuery().matches,
  };
}
