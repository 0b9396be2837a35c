/** Reads the probe's marks and the browser's resource timeline, both on the page's own clock. */
import type { Page } from '@playwright/test';
import type { ProbeMark } from './page-probe';

export interface PaintedMark extends ProbeMark {
  readonly painted: number;
}

export interface TimedRequest {
  readonly url: string;
  /** performance.now() when the request started and when its last byte arrived. */
  readonly start: number;
  readonly end: number;
}

/** Waits until the probe saw `name` painted (see page-probe.ts); no timing comes from this wait. */
export async function waitForMark(
  page: Page,
  name: string,
  timeout = 60_000,
): Promise<PaintedMark> {
  const handle = await page.waitForFunction(
    (watched) => {
      const mark = window.benchProbe?.marks[watched];
      return mark?.painted === undefined ? undefined : mark;
    },
    name,
    { timeout },
  );
  return (await handle.jsonValue()) as PaintedMark;
}

/** Every finished request of the current document, from the Resource Timing API. */
export async function resourceTimeline(page: Page): Promise<TimedRequest[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      url: entry.name,
      start: entry.startTime,
      end: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
}

/** The page's performance.now(), to start a measurement on the same clock as the marks. */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
