/**
 * The device actions' figure (issue 16): on the devices page of the 10,000-device batch, fully
 * loaded, in the signed-in tab (an Admin agent, so the table has its checkboxes):
 * - select all → "10,000 devices selected" painted: the header's checkbox ticks every device the
 *   filter shows, rendered or not;
 * - "Assign profile…" → its dialog painted;
 * - time to dialog: the two added, the app's own work for both clicks (the test's round trip
 *   between the first result and the second click is not the app's, and is left out);
 * - the longest main-thread task from the first click to the dialog painted, from a
 *   PerformanceObserver for `longtask` (Chromium reports tasks of 50 ms and more).
 *
 * Clicks are timed in the page (a capturing listener, before React's), results when painted: found
 * by a check each animation frame, then one more frame and a task, as page-probe.ts does. The
 * in-page code is a string: tsx's keepNames helper does not exist in the page.
 */
import type { Page } from '@playwright/test';
import type { Figure } from './figure';
import { formatMs, formatSummary, median, summarise } from './stats';

/** Chromium reports only tasks of 50 ms or more: a run without one is "< 50 ms", not 0. */
const formatLongest = (ms: number) => (ms === 0 ? '< 50 ms' : formatMs(ms));

const timingScript = `(() => {
  const state = { tasks: [], clicks: [], marks: {} };
  window.benchSelectAll = state;
  new PerformanceObserver(function (list) {
    for (const entry of list.getEntries()) {
      state.tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
  document.addEventListener('click', function () { state.clicks.push(performance.now()); }, { capture: true });
  state.watch = function (name, selector, text) {
    return new Promise(function (resolve) {
      function shown() {
        return Array.prototype.some.call(document.querySelectorAll(selector), function (element) {
          return (element.textContent || '').indexOf(text) !== -1;
        });
      }
      function check() {
        if (!shown()) { requestAnimationFrame(check); return; }
        requestAnimationFrame(function () {
          setTimeout(function () { state.marks[name] = performance.now(); resolve(true); }, 0);
        });
      }
      check();
    });
  };
})()`;

interface SelectAllRun {
  readonly toSelected: number;
  readonly toDialog: number;
  readonly total: number;
  readonly longestTask: number;
  readonly longTasks: number;
}

interface PageState {
  readonly tasks: readonly { readonly start: number; readonly duration: number }[];
  readonly clicks: readonly number[];
  readonly marks: Record<string, number | undefined>;
}

async function measureOnce(page: Page, devicesUrl: string, total: number): Promise<SelectAllRun> {
  const formatted = total.toLocaleString('en-US');
  await page.mouse.move(0, 0);
  await page.goto(devicesUrl);
  await page
    .getByText(`All ${formatted} devices loaded.`, { exact: true })
    .waitFor({ timeout: 180_000 });
  await page.evaluate(timingScript);

  const selected = page.evaluate(
    `window.benchSelectAll.watch('selected', '[role="group"][aria-label="Selected devices"] [role="status"]', ${JSON.stringify(`${formatted} devices selected`)})`,
  );
  await page
    .getByRole('region', { name: 'Devices in this batch' })
    .getByRole('checkbox', { name: `Select all ${formatted} devices shown` })
    .click();
  await selected;
  const dialog = page.evaluate(
    `window.benchSelectAll.watch('dialog', '[role="dialog"]', 'Assign an Autopilot profile')`,
  );
  await page
    .getByRole('group', { name: 'Selected devices' })
    .getByRole('button', { name: 'Assign profile…' })
    .click();
  await dialog;
  // The last long task's entry comes after it ends: give the observer a frame to report it.
  await page.evaluate(
    'new Promise(function (resolve) { requestAnimationFrame(function () { setTimeout(resolve, 0); }); })',
  );
  const state = await page.evaluate<PageState>(
    '({ tasks: window.benchSelectAll.tasks, clicks: window.benchSelectAll.clicks, marks: window.benchSelectAll.marks })',
  );
  const [selectClick, assignClick] = state.clicks;
  const { selected: selectedAt, dialog: dialogAt } = state.marks;
  if (
    selectClick === undefined ||
    assignClick === undefined ||
    selectedAt === undefined ||
    dialogAt === undefined
  ) {
    throw new Error('a click or its result was not seen in the page');
  }
  const during = state.tasks.filter(
    (task) => task.start + task.duration > selectClick && task.start < dialogAt,
  );
  await page.keyboard.press('Escape');
  return {
    toSelected: selectedAt - selectClick,
    toDialog: dialogAt - assignClick,
    total: selectedAt - selectClick + (dialogAt - assignClick),
    longestTask: Math.max(0, ...during.map((task) => task.duration)),
    longTasks: during.length,
  };
}

export async function benchmarkSelectAllDevices(
  page: Page,
  target: { readonly devicesUrl: string; readonly total: number },
  runs: number,
): Promise<Figure[]> {
  const results: SelectAllRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    results.push(await measureOnce(page, target.devicesUrl, target.total));
  }
  const of = (pick: (run: SelectAllRun) => number) => results.map(pick);
  const longest = of((run) => run.longestTask);
  const name = `${target.total.toLocaleString('en-US')} devices`;
  return [
    {
      figure: `${name}: select all and open the assign dialog, time to dialog`,
      value: `${formatSummary(summarise(of((run) => run.total)))} (select all ${formatMs(median(of((run) => run.toSelected)))}, dialog ${formatMs(median(of((run) => run.toDialog)))}, medians)`,
    },
    {
      figure: `${name}: select all and open the assign dialog, longest main-thread task`,
      value:
        `${formatLongest(median(longest))} median, ${formatLongest(Math.max(...longest))} max; ` +
        `long tasks (≥ 50 ms) per run: ${String(median(of((run) => run.longTasks)))} (median)`,
    },
  ];
}
