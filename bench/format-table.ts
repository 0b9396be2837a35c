/** The figures as a Markdown table, readable in a terminal and ready to paste into BENCHMARKS.md. */
import type { Figure } from './figure';

const headings = ['figure', 'value', 'target', 'met'] as const;

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map(({ figure, value, target, met }) => [
    figure,
    value,
    target ?? '',
    met === undefined ? '' : met ? 'yes' : '**no**',
  ]);
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(headings), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
