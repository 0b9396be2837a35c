/**
 * Figure 4, the 10,000-device batch, opened from a bookmark while signed in:
 * - first rows: from the first devices page's last byte (Resource Timing `responseEnd`) to the rows
 *   painted (see page-probe.ts), both on the page's clock, so the figure is the app's own work:
 *   parsing, validating and rendering, with no network in it;
 * - all loaded: until "All 10,000 devices loaded." is painted (loading-progress.tsx), from navigation
 *   and from the first rows;
 * - row elements in the DOM, after loading and after scrolling to the last device;
 * - JS heap used after all are loaded, after a garbage collection (CDP Performance.getMetrics), so
 *   the figure is what the page keeps, not garbage that was about to go.
 */
import type { Page } from '@playwright/test';
import type { Figure } from './figure';
import { watches } from './page-probe';
import { resourceTimeline, waitForMark } from './page-timeline';
import { formatMiB, formatSummary, median, summarise } from './stats';

interface TenThousandRun {
  readonly firstRowsAfterResponse: number;
  readonly firstRowsAfterNavigation: number;
  readonly allLoadedAfterNavigation: number;
  readonly allLoadedAfterFirstRows: number;
  readonly pages: number;
  readonly rowsAfterLoad: number;
  readonly rowsAtTheEnd: number;
  readonly heapBytes: number;
}

const countRows = (page: Page) =>
  page.evaluate(
    (selector) => document.querySelectorAll(selector).length,
    watches.deviceRows.selector,
  );

async function heapAfterGarbageCollection(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (!heap) throw new Error('Chromium reported no JSHeapUsedSize');
    return heap.value;
  } finally {
    await session.detach();
  }
}

async function scrollToTheEnd(page: Page, total: number): Promise<void> {
  await page.evaluate((selector) => {
    const region = document.querySelector(selector);
    if (!region) throw new Error('no devices table');
    region.scrollTop = region.scrollHeight;
  }, '[role="region"][aria-label="Devices in this batch"]');
  await page.locator(`tr[aria-rowindex="${total + 1}"]`).waitFor();
}

async function measureOnce(page: Page, devicesUrl: string, batchId: string, total: number) {
  await page.mouse.move(0, 0);
  await page.goto(devicesUrl, { waitUntil: 'commit' });
  const firstRows = await waitForMark(page, watches.deviceRows.name);
  const allLoaded = await waitForMark(page, watches.allDevicesLoaded.name, 180_000);
  const devicesPages = (await resourceTimeline(page))
    .filter((request) =>
      decodeURIComponent(new URL(request.url).pathname).endsWith(
        `/deviceBatches/${batchId}/devices`,
      ),
    )
    .sort((a, b) => a.start - b.start);
  const firstPage = devicesPages[0];
  if (!firstPage) throw new Error('no devices request in the resource timeline');
  const rowsAfterLoad = await countRows(page);
  const heapBytes = await heapAfterGarbageCollection(page);
  await scrollToTheEnd(page, total);
  return {
    firstRowsAfterResponse: firstRows.painted - firstPage.end,
    firstRowsAfterNavigation: firstRows.painted,
    allLoadedAfterNavigation: allLoaded.painted,
    allLoadedAfterFirstRows: allLoaded.painted - firstRows.painted,
    pages: devicesPages.length,
    rowsAfterLoad,
    rowsAtTheEnd: await countRows(page),
    heapBytes,
  } satisfies TenThousandRun;
}

export async function benchmarkTenThousand(
  page: Page,
  target: { readonly devicesUrl: string; readonly batchId: string; readonly total: number },
  runs: number,
): Promise<Figure[]> {
  const results: TenThousandRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    results.push(await measureOnce(page, target.devicesUrl, target.batchId, target.total));
  }
  const of = (pick: (run: TenThousandRun) => number) => results.map(pick);
  const firstRows = summarise(of((run) => run.firstRowsAfterResponse));
  const rowsAfterLoad = Math.max(...of((run) => run.rowsAfterLoad));
  const rowsAtTheEnd = Math.max(...of((run) => run.rowsAtTheEnd));
  const name = `${target.total.toLocaleString('en-US')} devices`;
  return [
    {
      figure: `${name}: first rows after the first page arrived`,
      value: formatSummary(firstRows),
      target: '≤ 300 ms',
      met: firstRows.median <= 300,
    },
    {
      figure: `${name}: first rows after navigation`,
      value: formatSummary(summarise(of((run) => run.firstRowsAfterNavigation))),
    },
    {
      figure: `${name}: all loaded after navigation`,
      value: `${formatSummary(summarise(of((run) => run.allLoadedAfterNavigation)))}, ${median(of((run) => run.pages))} pages`,
    },
    {
      figure: `${name}: all loaded after the first rows`,
      value: formatSummary(summarise(of((run) => run.allLoadedAfterFirstRows))),
    },
    {
      figure: `${name}: row elements in the DOM, loaded`,
      value: String(rowsAfterLoad),
      target: '≤ 100',
      met: rowsAfterLoad <= 100,
    },
    {
      figure: `${name}: row elements in the DOM, scrolled to the end`,
      value: String(rowsAtTheEnd),
      target: '≤ 100',
      met: rowsAtTheEnd <= 100,
    },
    {
      figure: `${name}: JS heap used when loaded (after GC)`,
      value: `${formatMiB(median(of((run) => run.heapBytes)))} (median)`,
    },
  ];
}
