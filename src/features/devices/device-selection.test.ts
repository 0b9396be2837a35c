import { createDeviceSelection } from './device-selection';

describe('createDeviceSelection', () => {
  it('ticks and unticks devices, telling listeners only when something changed', () => {
    const selection = createDeviceSelection();
    const listener = vi.fn();
    selection.subscribe(listener);
    selection.set('d1', true);
    selection.set('d1', true);
    selection.set('d2', true);
    selection.set('d1', false);
    expect(selection.ids()).toEqual(['d2']);
    expect(selection.has('d1')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(3);
    selection.clear();
    selection.clear();
    expect(selection.size()).toBe(0);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('selects all 10,000 devices shown at once, and keeps only those still shown', () => {
    const selection = createDeviceSelection();
    const ids = Array.from({ length: 10_000 }, (_, index) => `d${String(index)}`);
    selection.selectOnly(ids);
    expect(selection.size()).toBe(10_000);
    const before = selection.version();
    selection.keepOnly(new Set(ids));
    expect(selection.version()).toBe(before);
    selection.keepOnly(new Set(['d1', 'd9999', 'not-selected']));
    expect(selection.ids()).toEqual(['d1', 'd9999']);
    expect(selection.version()).toBe(before + 1);
  });
});
