/** The machine a run measured on, printed above the table and recorded in BENCHMARKS.md. */
import { cpus, loadavg, totalmem } from 'node:os';

export function describeMachine(chromiumVersion: string): string {
  const processors = cpus();
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return [
    `Machine: ${processors.length} × ${processors[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${Math.round(totalmem() / 1024 ** 3)} GiB, load average ${load}`,
    `Node ${process.version}, ${chromiumVersion}`,
    `Date: ${new Date().toISOString()}`,
  ].join('\n');
}
