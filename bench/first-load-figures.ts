/** Figure 1 as table rows: the first page's JavaScript and CSS against the floor. */
import type { Figure } from './figure';
import { floorGzipKiB, measureFirstLoad } from './first-load-size';

const kib = (value: number) => `${value.toLocaleString('en-US')} KiB`;

export async function firstLoadFigures(distDir: string): Promise<Figure[]> {
  const size = await measureFirstLoad(distDir);
  console.log(`First-load files: ${size.files.join(', ')}`);
  return [
    {
      figure: 'first load JS (raw / gzip -9)',
      value: `${kib(size.jsRawKiB)} / ${kib(size.jsGzipKiB)}`,
    },
    {
      figure: 'first load CSS (raw / gzip -9)',
      value: `${kib(size.cssRawKiB)} / ${kib(size.cssGzipKiB)}`,
    },
    { figure: 'first load total (gzip -9)', value: kib(size.totalGzipKiB) },
    {
      figure: `first load ÷ floor (${floorGzipKiB} KiB)`,
      value: `${size.ratioToFloor.toFixed(2)} ×`,
      target: '≤ 1.10 ×',
      met: size.ratioToFloor <= 1.1,
    },
  ];
}
