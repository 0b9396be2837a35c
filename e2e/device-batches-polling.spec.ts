import type { APIRequestContext, Page } from '@playwright/test';
import { pollingBatches } from '../emulator/seed/named-batches';
import { pollingCustomer } from '../emulator/seed/named-customers';
import { emulatorUrl } from './support/emulator';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * The polling customer's batches finish after a few polls of their list. The emulator counts those
 * polls for everyone, so this is the only test that uses the customer (and it resets it first).
 */
const scope = 'device-batches-polling';
const batchesPath = `/customers/${pollingCustomer.id}/device-batches`;
const batchListRequestPath = `/v1/customers/${pollingCustomer.id}/deviceBatches`;

interface LoggedRequest {
  readonly path: string;
}

/** How many times the emulator has been asked for this customer's batches since `since`. */
async function batchListRequests(request: APIRequestContext, since: number) {
  const response = await request.get(`${emulatorUrl}/__emulator/requests?since=${since}`);
  const log = (await response.json()) as { requests: LoggedRequest[]; lastSequence: number };
  const count = log.requests.filter(
    ({ path }) => path.toLowerCase() === batchListRequestPath.toLowerCase(),
  ).length;
  return { count, lastSequence: log.lastSequence };
}

const statusOf = (page: Page, name: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) })
    .getByRole('cell')
    .nth(1);

/**
 * Clicks Refresh and waits for the answer to that click. A poll already under way keeps the button
 * busy, so any poll is sent before this request: the emulator's log has it by then.
 */
async function refreshAndWait(page: Page): Promise<void> {
  const clickedAt = Date.now();
  const answered = page.waitForResponse(
    (response) =>
      response.url().endsWith(batchListRequestPath) &&
      response.request().timing().startTime >= clickedAt,
  );
  await page.getByRole('button', { name: 'Refresh' }).click();
  await answered;
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
}

const pollingNote = (page: Page) => page.getByText(/Checking again every 30 seconds/);

/** Pretends the user switched tabs (or back), as the browser tells the page. */
async function setTabHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (isHidden ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('polls every 30 seconds while batches are in progress, pauses while hidden, stops when all finish', async ({
  page,
  request,
}) => {
  await request.post(`${emulatorUrl}/__emulator/reset?scope=${scope}`);
  await page.clock.install();
  await openSignedIn(page, batchesPath);

  const { waveOne, waveTwo, reimaged } = pollingBatches;
  await expect(statusOf(page, waveOne.id)).toHaveText('Queued');
  await expect(statusOf(page, waveTwo.id)).toHaveText('Processing');
  await expect(pollingNote(page)).toBeVisible();

  // Hidden tab: a minute passes without a poll; only the user's own refresh reaches the API.
  await setTabHidden(page, true);
  const beforeHidden = await batchListRequests(request, 0);
  await page.clock.fastForward('01:00');
  await refreshAndWait(page);
  expect((await batchListRequests(request, beforeHidden.lastSequence)).count).toBe(1);

  // Visible again: the 30-second polls carry the batches to their final statuses.
  await setTabHidden(page, false);
  await expect(async () => {
    await page.clock.fastForward('00:30');
    await expect(statusOf(page, reimaged.id)).toHaveText('Finished with errors', {
      timeout: 1_000,
    });
  }).toPass();
  await expect(statusOf(page, waveOne.id)).toHaveText('Finished');
  await expect(statusOf(page, waveTwo.id)).toHaveText('Finished');
  await expect(pollingNote(page)).toBeHidden();

  // Settled: two minutes on, the only request is the one the user asks for.
  const settled = await batchListRequests(request, 0);
  await page.clock.fastForward('02:00');
  await refreshAndWait(page);
  expect((await batchListRequests(request, settled.lastSequence)).count).toBe(1);
});
