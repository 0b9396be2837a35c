import { createPrintMediaStore, type PrintTarget } from './print-media-store';

/** A window whose print media query and print events a test drives. */
function fakeWindow() {
  const events = new EventTarget();
  const query = Object.assign(new EventTarget(), { matches: false, media: 'print' });
  const target: PrintTarget = {
    matchMedia: () => query as unknown as MediaQueryList,
    addEventListener: events.addEventListener.bind(events) as PrintTarget['addEventListener'],
  };
  return {
    target,
    setPrintMedia(matches: boolean) {
      query.matches = matches;
      query.dispatchEvent(new Event('change'));
    },
    fire(type: 'beforeprint' | 'afterprint') {
      events.dispatchEvent(new Event(type));
    },
  };
}

describe('createPrintMediaStore', () => {
  it('follows the print media query, telling listeners when it changes', () => {
    const browser = fakeWindow();
    const store = createPrintMediaStore(browser.target);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.isPrinting()).toBe(false);

    browser.setPrintMedia(true);
    expect(store.isPrinting()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);

    browser.setPrintMedia(false);
    expect(store.isPrinting()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('counts the time between beforeprint and afterprint as printing', () => {
    const browser = fakeWindow();
    const store = createPrintMediaStore(browser.target);
    const listener = vi.fn();
    store.subscribe(listener);

    browser.fire('beforeprint');
    expect(store.isPrinting()).toBe(true);
    browser.fire('afterprint');
    expect(store.isPrinting()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('still knows about a print that began while no one listened, and stops telling those who left', () => {
    const browser = fakeWindow();
    const store = createPrintMediaStore(browser.target);
    const left = vi.fn();
    const unsubscribe = store.subscribe(left);
    unsubscribe();

    browser.fire('beforeprint');
    const late = vi.fn();
    store.subscribe(late);
    expect(store.isPrinting()).toBe(true);
    browser.fire('afterprint');
    expect(store.isPrinting()).toBe(false);
    expect(late).toHaveBeenCalledTimes(1);
    expect(left).not.toHaveBeenCalled();
  });
});
