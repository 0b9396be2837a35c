/** What one column would like, and the least it can do with, in pixels. */
export interface ColumnSpace {
  /** Its widest value (or heading) whole, padding included. */
  readonly desired: number;
  /** Narrower than this, the column is no use; a table wider than its minimums scrolls. */
  readonly minimum: number;
}

/**
 * Column widths that show every value whole while the table has room, and cut off only the widest
 * columns, only as far as needed, once it has not. With room to spare each column gets what it
 * desires (the table spreads the rest). Short of room, every column is capped at one common width
 * (never below its minimum) chosen so the columns just fill `available`: narrow columns keep their
 * values whole, and the long ones share the cut. Short of even the minimums, each column gets its
 * minimum and the table scrolls. An `available` of 0 or less means "not measured yet": desired.
 */
export function fitColumnWidths(columns: readonly ColumnSpace[], available: number): number[] {
  const desired = columns.map((column) => Math.max(column.desired, column.minimum));
  const minimum = columns.map((column) => column.minimum);
  if (available <= 0 || sum(desired) <= available) return desired;
  if (sum(minimum) >= available) return minimum;

  const widthsAt = (cap: number) =>
    desired.map((wanted, index) => Math.max(minimum[index] ?? 0, Math.min(wanted, cap)));
  // The total grows with the cap: halve the interval until the cap is exact to far below a pixel,
  // then round down (the epsilon keeps 399.9999… from losing a whole pixel).
  let low = 0;
  let high = Math.max(...desired);
  for (let step = 0; step < 50; step += 1) {
    const cap = (low + high) / 2;
    if (sum(widthsAt(cap)) > available) high = cap;
    else low = cap;
  }
  return widthsAt(low).map((width) => Math.floor(width + 1e-6));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
