import { fitColumnWidths } from './fit-column-widths';

const columns = [
  { desired: 100, minimum: 100 }, // a short value: never needs cutting
  { desired: 300, minimum: 120 },
  { desired: 500, minimum: 120 },
];

describe('fitColumnWidths', () => {
  it('gives every column its whole content while there is room', () => {
    expect(fitColumnWidths(columns, 1200)).toEqual([100, 300, 500]);
    expect(fitColumnWidths(columns, 900)).toEqual([100, 300, 500]);
  });

  it('takes room from the widest column first, and only as much as needed', () => {
    expect(fitColumnWidths(columns, 800)).toEqual([100, 300, 400]);
  });

  it('shares the cut between long columns once they are equally wide', () => {
    const widths = fitColumnWidths(columns, 500);
    expect(widths[0]).toBe(100);
    expect(Math.abs((widths[1] ?? 0) - (widths[2] ?? 0))).toBeLessThanOrEqual(1);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(498);
  });

  it('stops at each minimum, and lets the table scroll', () => {
    expect(fitColumnWidths(columns, 200)).toEqual([100, 120, 120]);
  });

  it('gives what is desired while the room is unknown', () => {
    expect(fitColumnWidths(columns, 0)).toEqual([100, 300, 500]);
  });

  it('never goes below a minimum that is above what is desired', () => {
    expect(fitColumnWidths([{ desired: 50, minimum: 80 }], 1000)).toEqual([80]);
  });
});
