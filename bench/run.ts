/**
 * `npm run bench`: builds the app, serves it with the production server in front of the local
 * identity provider and Partner Center emulator (as `npm start` does, on the benchmark's ports),
 * signs in once in Debian's Chromium and prints every figure of the performance issue as one table.
 * Timings are medians of several runs, because these machines are shared and noisy.
 * Figures are recorded in BENCHMARKS.md with the command, machine and date.
 *
 * BENCH_RUNS (7) sets the runs per timing; BENCH_PORT_BASE (4380) moves the ports.
 */
import { execFileSync } from 'node:child_process';
import { contosoCustomers, customerWithManyBatches } from '../emulator/seed/named-customers';
import { manyBatches } from '../emulator/seed/named-batches';
import { benchPorts, dashboardOrigin } from './bench-ports';
import { benchmarkBookmark } from './bookmark-to-data';
import { benchmarkCsvValidation } from './csv-validation';
import { benchmarkDrillDown } from './drill-down';
import { failedFigure, type Figure } from './figure';
import { firstLoadFigures } from './first-load-figures';
import { formatTable } from './format-table';
import { launchChromium } from './launch-chromium';
import { benchmarkLighthouse } from './lighthouse-scores';
import { describeMachine } from './machine';
import { probeScript } from './page-probe';
import { readOrigins } from './read-origins';
import { benchmarkSelectAllDevices } from './select-all-devices';
import { signIn } from './sign-in';
import { startStack } from './start-stack';
import { benchmarkTenThousand } from './ten-thousand-devices';
import { benchmarkUploadPageReading } from './upload-page-reading';
import { benchmarkUploadToFinished } from './upload-to-finished';

const distDir = '.local/bench-dist';
const runs = Number(process.env.BENCH_RUNS ?? 7);
/** Loading 10,000 devices takes seconds; fewer runs keep the whole benchmark within minutes. */
const tenThousandRuns = Math.max(1, Math.ceil(runs / 2));

const customerId = customerWithManyBatches.id;
const batchesUrl = `${dashboardOrigin}/customers/${customerId}/device-batches`;
const devicesUrl = (batchId: string) => `${batchesUrl}/${encodeURIComponent(batchId)}/devices`;
const drillDownBatch = manyBatches.processing;
const bigBatch = manyBatches.tenThousandDevices;
/** Uploads go to a customer without seeded batches: the upload page checks files against few devices. */
const uploadCustomer = contosoCustomers.contoso;
const uploadUrl = `${dashboardOrigin}/customers/${uploadCustomer.id}/device-batches/new`;

async function measure(name: string, benchmark: () => Promise<Figure[]>): Promise<Figure[]> {
  const started = Date.now();
  try {
    return await benchmark();
  } catch (error) {
    console.error(`${name} failed:`, error);
    return [failedFigure(name, error)];
  } finally {
    console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', distDir], {
  stdio: 'inherit',
});
const figures: Figure[] = await firstLoadFigures(distDir);
// Node alone, before the servers and Chromium start: the machine is as quiet as it gets.
console.log('Reading a 5,000-row CSV in Node…');
const csvFigures = await measure('5,000-row CSV in Node', () => benchmarkCsvValidation(runs));

/**
 * Figures 2 to 7 and the device actions' select-all figure, in one signed-in Chromium tab, with
 * figure 6's Node half (`nodeCsv`) beside its page half; returns the machine line with them.
 */
async function browserFigures(nodeCsv: Figure[]): Promise<{ machine: string; figures: Figure[] }> {
  console.log(`Starting the servers (dashboard on port ${benchPorts.dashboard}) and Chromium…`);
  const stack = await startStack(distDir);
  try {
    const chromium = await launchChromium();
    try {
      // Before any figure: the load average says how busy the machine was when the run began.
      const machine = describeMachine(chromium.version);
      const origins = await readOrigins();
      await chromium.context.addInitScript(probeScript());
      const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
      await signIn(page, batchesUrl);
      const bookmark = await measure('bookmark to data', () =>
        benchmarkBookmark(page, batchesUrl, origins, runs),
      );
      const drillDown = await measure('drill-down', () =>
        benchmarkDrillDown(
          page,
          { bookmarkUrl: batchesUrl, customerId, batchId: drillDownBatch.id },
          runs,
        ),
      );
      const tenThousand = await measure('10,000-device batch', () =>
        benchmarkTenThousand(
          page,
          {
            devicesUrl: devicesUrl(bigBatch.id),
            batchId: bigBatch.id,
            total: bigBatch.devicesCount,
          },
          tenThousandRuns,
        ),
      );
      // The same batch, loaded: every device ticked at once, then the assign dialog opened.
      const selectAll = await measure('select all 10,000 devices', () =>
        benchmarkSelectAllDevices(
          page,
          { devicesUrl: devicesUrl(bigBatch.id), total: bigBatch.devicesCount },
          tenThousandRuns,
        ),
      );
      const csvOnThePage = await measure('5,000-row CSV on the upload page', () =>
        benchmarkUploadPageReading(page, uploadUrl, runs),
      );
      // Before the uploads, which leave what they remember in the origin's IndexedDB: Lighthouse
      // sees the origin as the figures before it left it.
      const lighthouse = await measure('Lighthouse', () => benchmarkLighthouse(page, batchesUrl));
      const upload = await measure('upload to finished', () =>
        benchmarkUploadToFinished(
          page,
          { uploadUrl, customerId: uploadCustomer.id, apiPath: origins.apiPath },
          runs,
        ),
      );
      const measured = [
        ...bookmark,
        ...drillDown,
        ...tenThousand,
        ...selectAll,
        ...csvOnThePage,
        ...nodeCsv,
        ...upload,
        ...lighthouse,
      ];
      return { machine, figures: measured };
    } finally {
      await chromium.close();
    }
  } finally {
    await stack.stop();
  }
}

const browser = await browserFigures(csvFigures).catch((error: unknown) => {
  console.error('The browser benchmarks could not start:', error);
  return {
    machine: describeMachine('Chromium did not start'),
    figures: [failedFigure('sign-in', error), ...csvFigures],
  };
});
figures.push(...browser.figures);

console.log(`\n${browser.machine}`);
console.log(
  `Customer ${customerWithManyBatches.companyName}; drill-down into "${drillDownBatch.id}" ` +
    `(${drillDownBatch.devicesCount} devices); uploads to ${uploadCustomer.companyName}; ` +
    `${runs} runs per timing, ${tenThousandRuns} for the 10,000 devices.\n`,
);
console.log(formatTable(figures));
