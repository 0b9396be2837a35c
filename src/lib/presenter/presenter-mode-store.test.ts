import { createPresenterModeStore, presenterStorageKey } from './presenter-mode-store';
import { maskSecret } from './mask-secret';

const at = (href: string) => new URL(href, 'http://localhost');

describe('presenter mode', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('is off by default and remembered once switched on', () => {
    const store = createPresenterModeStore(localStorage, at('/customers'));
    expect(store.isActive()).toBe(false);
    store.setActive(true);
    expect(createPresenterModeStore(localStorage, at('/customers')).isActive()).toBe(true);
  });

  it('starts from the URL form, so a bookmark opens straight into it', () => {
    const store = createPresenterModeStore(
      localStorage,
      at('/customers/x/device-batches?presenter=on'),
    );
    expect(store.isActive()).toBe(true);
    expect(localStorage.getItem(presenterStorageKey)).toBe('on');
  });

  it('tells listeners when it changes, and forgets when left', () => {
    const store = createPresenterModeStore(localStorage, at('/'));
    const listener = vi.fn();
    store.subscribe(listener);
    store.setActive(true);
    store.setActive(true);
    store.setActive(false);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(localStorage.getItem(presenterStorageKey)).toBeNull();
  });
});

describe('maskSecret', () => {
  it('hides the value and its length, keeping a tail only when asked', () => {
    expect(maskSecret('0123456789012', 4)).toBe('••••••••9012');
    expect(maskSecret('T0FBQUFBQUFB', 0)).toBe('••••••••');
    expect(maskSecret('123', 4)).toBe('••••••••');
  });
});
