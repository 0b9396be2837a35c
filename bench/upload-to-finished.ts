/**
 * Figure 7, registering 50 new devices as a new batch, against the bare API calls the same upload
 * needs. The emulator finishes uploads at once for this (start-stack.ts sets
 * EMULATOR_UPLOAD_STEP_MS=0), so both sides wait for no processing.
 *
 * - Dashboard: on the upload page, a 50-row CSV chosen, a new batch named, "Review and register 50
 *   devices…" clicked; then, timed on the page's clock, from the click on "Register 50 devices" in
 *   the confirmation to "Finished: every device is registered." painted on the tracker (see
 *   page-probe.ts). In between: the POST, the upload remembered in IndexedDB, the navigation to the
 *   tracker's address, its route, and its batchJobStatus polls. The tracker asks at once when it
 *   opens and then on the poll plan (src/lib/partner-center/poll-schedule.ts), so
 *   any poll after the first adds the plan's wait.
 * - API: right after, from the same page, with `fetch` through the dashboard's API proxy and the
 *   token the page's own POST carried: `POST …/customers/{id}/deviceBatches` with `{batchId,
 *   devices}` (50 other new devices), then GET the `Location`'s batchJobStatus at once, again and
 *   again without a pause, until it has finished. Includes reading each answer's body.
 *
 * The emulator remembers every registration for its whole run, so every upload, timed or bare, has
 * its own serial numbers and hashes (sample-csv-files.ts) and its own batch name. One upload first,
 * not timed, loads the tracker's code into the HTTP cache, as the other figures warm theirs.
 */
import type { Page } from '@playwright/test';
import type { Figure } from './figure';
import { watches } from './page-probe';
import { resourceTimeline, waitForMark, type TimedRequest } from './page-timeline';
import {
  sampleFiles,
  devicesOfSampleCsv,
  freshSampleCsv,
  type SampleFiles,
} from './sample-csv-files';
import { formatMs, formatRatio, formatSummary, median, summarise } from './stats';
import { knownDevicesChecked, openUploadPage } from './upload-page-reading';

const devices = 50;
const finishedText = 'Finished: every device is registered.';

export interface UploadTarget {
  /** `/customers/{id}/device-batches/new` on the dashboard. */
  readonly uploadUrl: string;
  readonly customerId: string;
  /** The API proxy's path on the dashboard's origin, with a trailing slash (read-origins.ts). */
  readonly apiPath: string;
}

interface DashboardUpload {
  readonly elapsed: number;
  /** After the click: the POST answered, the tracker's page painted, its first poll answered. */
  readonly postAnswered: number;
  readonly trackerShown: number;
  readonly firstPollAnswered: number;
  readonly polls: number;
  readonly authorization: string;
}

interface BareUpload {
  readonly elapsed: number;
  readonly polls: number;
}

interface UploadRun {
  readonly dashboard: DashboardUpload;
  readonly api: BareUpload;
}

/** "U03": the prefix of one upload's serial numbers (A for the bare API's, W for the warm-up). */
const prefix = (letter: string, index: number) =>
  `${letter}${index.toString(36).toUpperCase().padStart(2, '0')}`;

async function uploadInThePage(
  page: Page,
  target: UploadTarget,
  files: SampleFiles,
  upload: { readonly prefix: string; readonly seed: number; readonly batchName: string },
): Promise<DashboardUpload> {
  await openUploadPage(page, target.uploadUrl);
  const csv = freshSampleCsv(devices, upload.prefix, upload.seed);
  await page
    .getByLabel('Choose a file…')
    .setInputFiles(await files.write(`${upload.prefix}.csv`, csv));
  await page.getByText(`${devices} devices ready to register`, { exact: true }).waitFor();
  await knownDevicesChecked(page);
  await page.getByLabel('Name of the new batch').fill(upload.batchName);
  await page.getByRole('button', { name: `Review and register ${devices} devices…` }).click();
  const sendLabel = `Register ${devices} devices`;
  await page.getByRole('dialog').getByRole('button', { name: sendLabel, exact: true }).waitFor();

  const posted = page.waitForRequest(
    (request) =>
      request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/deviceBatches'),
  );
  const clickedAt = await page.evaluate(
    ({ label, marks }) => {
      for (const mark of marks) window.benchProbe?.reset(mark);
      const button = Array.from(document.querySelectorAll('[role="dialog"] button')).find(
        (candidate) => candidate.textContent.trim() === label,
      );
      if (!(button instanceof HTMLElement)) throw new Error(`no "${label}" button in the dialog`);
      const now = performance.now();
      button.click();
      return now;
    },
    { label: sendLabel, marks: [watches.trackerShown.name, watches.uploadFinished.name] },
  );
  const { authorization } = await (await posted).allHeaders();
  if (!authorization) throw new Error('the upload POST carried no Authorization header');
  const finished = await waitForMark(page, watches.uploadFinished.name, 60_000);
  const tracker = await waitForMark(page, watches.trackerShown.name);
  if (!(await page.getByText(finishedText, { exact: true }).isVisible())) {
    throw new Error(`the upload finished with errors (${upload.prefix}: devices not new?)`);
  }

  const after = (await resourceTimeline(page)).filter(
    (request) => request.start >= clickedAt && request.start <= finished.found,
  );
  const path = (request: TimedRequest) => new URL(request.url).pathname;
  const post = after.find((request) => path(request).endsWith('/deviceBatches'));
  const polls = after.filter((request) => path(request).includes('/batchJobStatus/'));
  if (!post || polls[0] === undefined) {
    throw new Error('no upload POST or batchJobStatus GET in the resource timeline');
  }
  return {
    elapsed: finished.painted - clickedAt,
    postAnswered: post.end - clickedAt,
    trackerShown: tracker.painted - clickedAt,
    firstPollAnswered: polls[0].end - clickedAt,
    polls: polls.length,
    authorization,
  };
}

/** The same upload with `fetch` alone: the POST, then its batchJobStatus until finished. */
async function uploadWithFetch(
  page: Page,
  target: UploadTarget,
  authorization: string,
  upload: { readonly prefix: string; readonly seed: number; readonly batchName: string },
): Promise<BareUpload> {
  const body = JSON.stringify({
    batchId: upload.batchName,
    devices: devicesOfSampleCsv(freshSampleCsv(devices, upload.prefix, upload.seed)),
  });
  const customerPath = `${target.apiPath}v1/customers/${encodeURIComponent(target.customerId)}`;
  const result = await page.evaluate(
    async ({ customerPath: base, authorization: token, body: payload }) => {
      // No named functions in here: tsx's keepNames helper does not exist in the page.
      const started = performance.now();
      const posted = await fetch(`${base}/deviceBatches`, {
        method: 'POST',
        headers: {
          Authorization: token,
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'MS-RequestId': crypto.randomUUID(),
          'MS-CorrelationId': crypto.randomUUID(),
        },
        body: payload,
      });
      await posted.text();
      if (posted.status !== 202) throw new Error(`the bare POST got HTTP ${posted.status}`);
      const location = posted.headers.get('Location') ?? '';
      const trackingId = /batchJobStatus\/([^/?#]+)/i.exec(location)?.[1];
      if (trackingId === undefined) throw new Error(`no batchJobStatus in Location "${location}"`);
      let polls = 0;
      let status = '';
      while (polls < 100) {
        polls += 1;
        const answer = await fetch(`${base}/batchJobStatus/${trackingId}`, {
          headers: {
            Authorization: token,
            Accept: 'application/json',
            'MS-RequestId': crypto.randomUUID(),
            'MS-CorrelationId': crypto.randomUUID(),
          },
        });
        const details = (await answer.json()) as { status?: string };
        if (!answer.ok) throw new Error(`the bare status GET got HTTP ${answer.status}`);
        status = (details.status ?? '').toLowerCase();
        if (status !== 'queued' && status !== 'processing') break;
      }
      return { elapsed: performance.now() - started, polls, status };
    },
    { customerPath, authorization, body },
  );
  if (result.status !== 'finished') {
    throw new Error(`the bare upload ended "${result.status}" after ${result.polls} polls`);
  }
  return { elapsed: result.elapsed, polls: result.polls };
}

export async function benchmarkUploadToFinished(
  page: Page,
  target: UploadTarget,
  runs: number,
): Promise<Figure[]> {
  const files = await sampleFiles();
  // Batch names differ from run to run of the benchmark too, though each starts a new emulator.
  const stamp = new Date().toISOString().slice(0, 16);
  try {
    await uploadInThePage(page, target, files, {
      prefix: prefix('W', 0),
      seed: 999,
      batchName: `Bench ${stamp} warm-up`,
    });
    const results: UploadRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      const dashboard = await uploadInThePage(page, target, files, {
        prefix: prefix('U', run),
        seed: 1_000 + run,
        batchName: `Bench ${stamp} page ${run + 1}`,
      });
      // The finished tracker refreshes the customer's batches: let that end first.
      await page.waitForLoadState('networkidle');
      const api = await uploadWithFetch(page, target, dashboard.authorization, {
        prefix: prefix('A', run),
        seed: 2_000 + run,
        batchName: `Bench ${stamp} API ${run + 1}`,
      });
      results.push({ dashboard, api });
    }

    const of = (pick: (run: UploadRun) => number) => results.map(pick);
    const dashboard = summarise(of((run) => run.dashboard.elapsed));
    const api = summarise(of((run) => run.api.elapsed));
    const ratio = median(of((run) => run.dashboard.elapsed / run.api.elapsed));
    const polls = of((run) => run.dashboard.polls);
    const name = `${devices}-device upload`;
    return [
      {
        figure: `${name}: "Register" click → tracker shows finished`,
        value:
          `${formatSummary(dashboard)}; POST answered at ` +
          `${formatMs(median(of((run) => run.dashboard.postAnswered)))}, tracker painted at ` +
          `${formatMs(median(of((run) => run.dashboard.trackerShown)))}, first status poll answered at ` +
          `${formatMs(median(of((run) => run.dashboard.firstPollAnswered)))}; ` +
          `${median(polls)} status poll${median(polls) === 1 ? '' : 's'} (max ${Math.max(...polls)})`,
      },
      {
        figure: `${name}: bare API calls (POST, then batchJobStatus until finished)`,
        value: `${formatSummary(api)}; ${median(of((run) => run.api.polls))} status poll(s)`,
      },
      {
        figure: `${name}: dashboard ÷ bare API (median of the runs' ratios)`,
        value: formatRatio(ratio),
      },
    ];
  } finally {
    await files.remove();
  }
}
