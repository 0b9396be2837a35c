import { faultCustomers } from './support/fault-customers';
import { faultSuite } from './support/fault-suite';
import { attemptsPerRequest, longestRetryBackoffMs } from './support/retry-plan';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';
import { expectTimeoutMs } from './support/timeouts';

/**
 * The fault suite on the devices page, over a batch of three pages or more that no other spec
 * opens: throttling, server errors, a half-read answer part-way through paging, a BOM, offline.
 */
const customer = faultCustomers.devices;
const batch = customer.batches.reduce((largest, next) =>
  next.devicesCount > largest.devicesCount ? next : largest,
);
const batchId = batch.id;
const total = batch.devicesCount; // over 200, so three pages or more
const devicesPath = `/customers/${customer.id}/device-batches/${encodeURIComponent(batchId)}/devices`;
const devicesApiPath = `*/deviceBatches/${encodeURIComponent(batchId)}/devices`;
const allLoaded = `Showing ${String(total)} of ${String(total)} devices`;

const fault = faultSuite('faults-devices', { pathPattern: devicesApiPath });

test('429 on the second page: a countdown, then every device', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'throttle', retryAfterSeconds: 2, skip: 1 });
  await page.goto(devicesPath);
  await expect(
    page.getByRole('status').filter({ hasText: 'Partner Center is busy' }),
  ).toBeVisible();
  await expect(page.getByText(allLoaded)).toBeVisible();
});

test('503 three times, then every device', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'unavailable', times: attemptsPerRequest - 1 });
  await page.goto(devicesPath);
  // Every retry of the plan waited out, then the pages read as usual.
  await expect(page.getByText(allLoaded)).toBeVisible({
    timeout: longestRetryBackoffMs + expectTimeoutMs,
  });
  await expect(page.getByRole('alert')).toBeHidden();
});

test('a half-read page part-way: devices kept, the ids, and a retry that resumes', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'malformed-json', skip: 2 });
  await page.goto(devicesPath);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText(`Loading stopped at 200 of ${String(total)} devices.`);
  await expect(panel).toContainText(/Request id: [0-9a-f-]{36}/);
  await expect(page.getByText('Showing 200 of 200 devices')).toBeVisible();

  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(allLoaded)).toBeVisible();
  await expect(panel).toBeHidden();
});

test('a byte-order mark before each page is read as the API means it', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'bom', times: 3 });
  await page.goto(devicesPath);
  await expect(page.getByText(allLoaded)).toBeVisible();
});

test('offline and back: the devices stay, and the banner clears itself', async ({
  page,
  context,
}) => {
  await openSignedIn(page, devicesPath);
  await expect(page.getByText(allLoaded)).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await expect(page.getByText(allLoaded)).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeHidden();
  await expect(page.getByText(allLoaded)).toBeVisible();
});

test('500 once, then every device', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'server-error', skip: 1 });
  await page.goto(devicesPath);
  await expect(page.getByText(allLoaded)).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('a page missing its devices part-way: devices kept, the ids, and a retry that resumes', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'missing-field', field: 'items', skip: 1 });
  await page.goto(devicesPath);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText(`Loading stopped at 100 of ${String(total)} devices.`);
  await expect(panel).toContainText(/Correlation id: [0-9a-f-]{36}/);
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(allLoaded)).toBeVisible();
});

test('a page that never answers times out, is retried, and every device comes', async ({
  page,
  request,
}) => {
  test.slow(); // the client waits out its 30-second timeout once
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'hang', skip: 1, latencyMs: 60_000 });
  await page.goto(devicesPath);
  await expect(page.getByText(allLoaded)).toBeVisible({ timeout: 60_000 });
});
