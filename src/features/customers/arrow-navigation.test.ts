import { nextFocusIndex } from './arrow-navigation';

describe('nextFocusIndex', () => {
  it('goes from the search field to the first customer', () => {
    expect(nextFocusIndex(-1, 3, 'ArrowDown')).toBe(0);
  });

  it('moves down and up, stopping at the last customer', () => {
    expect(nextFocusIndex(0, 3, 'ArrowDown')).toBe(1);
    expect(nextFocusIndex(2, 3, 'ArrowDown')).toBe(2);
    expect(nextFocusIndex(2, 3, 'ArrowUp')).toBe(1);
  });

  it('returns to the search field from the first customer', () => {
    expect(nextFocusIndex(0, 3, 'ArrowUp')).toBe(-1);
  });

  it('jumps to the first and last customer, but leaves Home and End to the search field', () => {
    expect(nextFocusIndex(1, 3, 'Home')).toBe(0);
    expect(nextFocusIndex(1, 3, 'End')).toBe(2);
    expect(nextFocusIndex(-1, 3, 'Home')).toBeUndefined();
    expect(nextFocusIndex(-1, 3, 'ArrowUp')).toBeUndefined();
  });

  it('ignores other keys and an empty list', () => {
    expect(nextFocusIndex(0, 3, 'Enter')).toBeUndefined();
    expect(nextFocusIndex(-1, 0, 'ArrowDown')).toBeUndefined();
  });
});
