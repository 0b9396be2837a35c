/**
 * Figure 6, a 5,000-row Partner Center CSV (makeSampleAutopilotCsv, about 20 MB) chosen on the
 * upload page, `/customers/{id}/device-batches/new`, in the signed-in tab:
 * - chosen → summary: from the file input's `change` event to "5,000 devices ready to register"
 *   painted (see page-probe.ts), both on the page's clock: reading the file, the worker's parsing
 *   and checking, taking its reply in and rendering the summary;
 * - the longest main-thread task in that window, from a PerformanceObserver for `longtask`
 *   installed before the file is chosen (Chromium reports tasks of 50 ms and more; none is 0 ms);
 * - how many Web Workers the page started for the file (page.on('worker')): 1 is the design; 0
 *   means the page fell back to reading on its own thread, 2 that it read the file twice.
 *
 * The page checks the file against every device the customer already has, loaded in the
 * background; it says so ("Checked against the N devices this customer already has.") only in the
 * summary of a file. So each run waits for the network to be quiet (the customer's batches and
 * their devices loaded) before choosing the file, and checks afterwards that the summary says the
 * check was complete and that one worker read the file once.
 */
import type { Page } from '@playwright/test';
import { makeSampleAutopilotCsv } from '../src/features/device-uploads/csv/testing/make-sample-autopilot-csv';
import type { Figure } from './figure';
import { watches } from './page-probe';
import { waitForMark } from './page-timeline';
import { sampleFiles } from './sample-csv-files';
import { formatMiB, formatMs, formatSummary, median, summarise } from './stats';

const rows = 5_000;
const formattedRows = rows.toLocaleString('en-US');
/** Chromium reports only tasks of 50 ms or more: a run without one is "< 50 ms", not 0. */
const formatLongest = (ms: number) => (ms === 0 ? '< 50 ms' : formatMs(ms));

interface ReadingRun {
  readonly toSummary: number;
  readonly longestTask: number;
  readonly longTasks: number;
  readonly workers: number;
  readonly knownDevices: number;
}

interface PageWindow {
  readonly chosenAt: number | undefined;
  readonly tasks: readonly { readonly start: number; readonly duration: number }[];
}

declare global {
  interface Window {
    benchReading?: {
      chosenAt: number | undefined;
      tasks: { start: number; duration: number }[];
    };
  }
}

/** Opens the upload page and waits until the customer's batches and devices have loaded. */
export async function openUploadPage(page: Page, uploadUrl: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.goto(uploadUrl, { waitUntil: 'commit' });
  await page.getByRole('heading', { name: 'Register devices' }).waitFor();
  // 500 ms without a request: the known-devices check's requests (batches, then each batch's
  // devices) follow one another without a pause, so they are over.
  await page.waitForLoadState('networkidle');
}

/** The known-devices note of the summary: how many devices the file was checked against. */
export async function knownDevicesChecked(page: Page): Promise<number> {
  const note = page.getByText(/^Checked against the [\d,]+ devices? this customer already has\.$/);
  await note.waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error('the summary does not say the file was checked against every known device');
  });
  const text = (await note.textContent()) ?? '';
  return Number(/[\d,]+/.exec(text)?.[0].replaceAll(',', '') ?? Number.NaN);
}

async function measureOnce(page: Page, uploadUrl: string, csvPath: string): Promise<ReadingRun> {
  await openUploadPage(page, uploadUrl);
  await page.evaluate(() => {
    const reading: NonNullable<Window['benchReading']> = { chosenAt: undefined, tasks: [] };
    window.benchReading = reading;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        reading.tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask' });
    // Capturing, so it runs before React's own listener, in the same task.
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
          reading.chosenAt ??= performance.now();
        }
      },
      { capture: true },
    );
  });

  let workers = 0;
  const countWorker = () => {
    workers += 1;
  };
  page.on('worker', countWorker);
  try {
    await page.getByLabel('Choose a file…').setInputFiles(csvPath);
    const ready = await waitForMark(page, watches.uploadReady.name, 120_000);
    await page.getByText(`${formattedRows} devices ready to register`, { exact: true }).waitFor();
    const knownDevices = await knownDevicesChecked(page);
    // The last long task's entry is delivered after it ends: give the observer a frame to report.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    const { chosenAt, tasks } = await page.evaluate(
      (): PageWindow => window.benchReading ?? { chosenAt: undefined, tasks: [] },
    );
    if (chosenAt === undefined) throw new Error('the file input fired no change event');
    const during = tasks.filter(
      (task) => task.start + task.duration > chosenAt && task.start < ready.painted,
    );
    return {
      toSummary: ready.painted - chosenAt,
      longestTask: Math.max(0, ...during.map((task) => task.duration)),
      longTasks: during.length,
      workers,
      knownDevices,
    };
  } finally {
    page.off('worker', countWorker);
  }
}

export async function benchmarkUploadPageReading(
  page: Page,
  uploadUrl: string,
  runs: number,
): Promise<Figure[]> {
  const files = await sampleFiles();
  try {
    const csv = makeSampleAutopilotCsv(rows);
    const csvPath = await files.write('autopilot-5000.csv', csv);
    const size = formatMiB(Buffer.byteLength(csv, 'utf8'));
    const results: ReadingRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      results.push(await measureOnce(page, uploadUrl, csvPath));
    }
    const of = (pick: (run: ReadingRun) => number) => results.map(pick);
    const longest = of((run) => run.longestTask);
    const workerCounts = [...new Set(of((run) => run.workers))].sort((a, b) => a - b);
    const inOneWorker = workerCounts.length === 1 && workerCounts[0] === 1;
    const name = `${formattedRows}-row CSV (${size}) on the upload page`;
    return [
      {
        figure: `${name}: chosen → summary painted`,
        value:
          `${formatSummary(summarise(of((run) => run.toSummary)))}; checked against ` +
          `${median(of((run) => run.knownDevices)).toLocaleString('en-US')} known devices`,
      },
      {
        figure: `${name}: longest main-thread task meanwhile`,
        value:
          `${formatLongest(median(longest))} median, ${formatLongest(Math.max(...longest))} max; ` +
          `long tasks (≥ 50 ms) per reading: ${median(of((run) => run.longTasks))} (median); ` +
          (inOneWorker
            ? 'read in 1 Web Worker'
            : `**Web Workers per file: ${workerCounts.join(' or ')}** (1 expected)`),
      },
    ];
  } finally {
    await files.remove();
  }
}
