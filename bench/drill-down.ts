/**
 * Figure 3, drill-down: from clicking a batch's devices count on the batches page to the first
 * device rows painted, with the hover prefetch (the pointer rests on the link until the prefetched
 * first page has arrived) and without it (no hover, no focus: nothing warms the cache).
 *
 * Both click the same way, with the link's own `click()` in the page, timed on the page's clock: a
 * script click fires neither mouseenter nor focus, which are what start the prefetch (see
 * src/features/device-batches/components/devices-count-cell.tsx), so "without" really is without.
 */
import type { Page } from '@playwright/test';
import type { Figure } from './figure';
import { watches } from './page-probe';
import { resourceTimeline, waitForMark } from './page-timeline';
import { formatSummary, summarise } from './stats';

/**
 * After the prefetch's last byte: time for the query cache to take the page in, as a resting
 * pointer would give it.
 */
const settleAfterPrefetchMs = 100;

interface DrillDownTarget {
  readonly bookmarkUrl: string;
  readonly customerId: string;
  readonly batchId: string;
}

export async function benchmarkDrillDown(
  page: Page,
  target: DrillDownTarget,
  runs: number,
): Promise<Figure[]> {
  const linkSelector = `table[aria-label="Device batches"] a[href^="/customers/${target.customerId}/device-batches/${encodeURIComponent(target.batchId)}/devices"]`;
  const isDevicesUrl = (url: string) =>
    decodeURIComponent(new URL(url).pathname).endsWith(`/deviceBatches/${target.batchId}/devices`);

  const openBatches = async () => {
    // The pointer starts away from every link, so nothing is hovered by accident.
    await page.mouse.move(0, 0);
    await page.goto(target.bookmarkUrl, { waitUntil: 'commit' });
    await waitForMark(page, watches.batchRows.name);
  };
  const clickAndTime = async () => {
    const clickedAt = await page.evaluate(
      ({ selector, rows }) => {
        window.benchProbe?.reset(rows);
        const link = document.querySelector(selector);
        if (!(link instanceof HTMLElement)) throw new Error(`no link ${selector}`);
        const now = performance.now();
        link.click();
        return now;
      },
      { selector: linkSelector, rows: watches.deviceRows.name },
    );
    const rows = await waitForMark(page, watches.deviceRows.name);
    return { clickedAt, elapsed: rows.painted - clickedAt };
  };

  const withPrefetch: number[] = [];
  const withoutPrefetch: number[] = [];
  // Alternating runs share the machine's noise.
  for (let run = 0; run < runs; run += 1) {
    await openBatches();
    const prefetched = page.waitForResponse((response) => isDevicesUrl(response.url()), {
      timeout: 10_000,
    });
    await page.hover(linkSelector);
    const response = await prefetched.catch(() => {
      throw new Error('hovering the devices count sent no prefetch request');
    });
    await response.finished();
    await page.waitForTimeout(settleAfterPrefetchMs);
    withPrefetch.push((await clickAndTime()).elapsed);

    await openBatches();
    const cold = await clickAndTime();
    const devicesRequests = (await resourceTimeline(page)).filter((request) =>
      isDevicesUrl(request.url),
    );
    if (devicesRequests.some((request) => request.start < cold.clickedAt)) {
      throw new Error('the devices page was prefetched before the click without hover');
    }
    withoutPrefetch.push(cold.elapsed);
  }

  const warm = summarise(withPrefetch);
  return [
    {
      figure: 'drill-down → first device rows, hover prefetch',
      value: formatSummary(warm),
      target: '≤ 50 ms',
      met: warm.median <= 50,
    },
    {
      figure: 'drill-down → first device rows, no prefetch',
      value: formatSummary(summarise(withoutPrefetch)),
    },
  ];
}
