/**
 * `npm run bench`: builds the app and prints every benchmark's figures as a table.
 * Figures are recorded in BENCHMARKS.md with the command, machine and date.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { floorGzipKiB, measureFirstLoad } from './first-load-size';

execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', '.local/bench-dist'], {
  stdio: 'inherit',
});

const size = await measureFirstLoad('.local/bench-dist');
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
console.log(`Date: ${new Date().toISOString()}\n`);
console.table([
  { figure: 'first load JS (raw)', value: `${size.jsRawKiB} KiB` },
  { figure: 'first load JS (gzip -9)', value: `${size.jsGzipKiB} KiB` },
  { figure: 'first load CSS (raw)', value: `${size.cssRawKiB} KiB` },
  { figure: 'first load CSS (gzip -9)', value: `${size.cssGzipKiB} KiB` },
  { figure: 'first load total (gzip -9)', value: `${size.totalGzipKiB} KiB` },
  {
    figure: `ratio to the floor (${floorGzipKiB} KiB)`,
    value: `${size.ratioToFloor} × (target ≤ 1.10 ×)`,
  },
]);
console.log(`Initial files: ${size.files.join(', ')}`);
