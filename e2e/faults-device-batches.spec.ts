import { internationalCustomers } from '../emulator/seed/named-customers';
import { faultCustomers } from './support/fault-customers';
import { faultSuite } from './support/fault-suite';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * The fault suite on the batches page: Partner Center slow, throttling, failing or answering
 * nonsense, and the browser going offline. For each, the right message, never a white screen, data
 * already on screen kept, and recovery.
 */
const customer = faultCustomers.batches;
const batchRows = customer.batches.length + 1; // with the header row
const batchesPath = `/customers/${customer.id}/device-batches`;
const batchesApiPath = `/v1/customers/${customer.id}/deviceBatches`;

const table = (page: import('@playwright/test').Page) =>
  page.getByRole('table', { name: 'Device batches' });

const fault = faultSuite('faults-device-batches', { pathPattern: batchesApiPath });

test('429 with Retry-After: a visible countdown, then the batches', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'throttle', retryAfterSeconds: 3 });
  await page.goto(batchesPath);
  const banner = page.getByRole('status').filter({ hasText: 'Partner Center is busy' });
  await expect(banner).toContainText(/Trying again in [1-3] seconds?…/);
  await expect(table(page).getByRole('row')).toHaveCount(batchRows);
  await expect(banner).toBeHidden();
});

test('500 then success: the user sees only the batches', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'server-error', times: 1 });
  await page.goto(batchesPath);
  await expect(table(page).getByRole('row')).toHaveCount(batchRows);
  await expect(page.getByRole('alert')).toBeHidden();
});

test('503 three times: retried, then the batches', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'unavailable', times: 3 });
  await page.goto(batchesPath);
  await expect(table(page).getByRole('row')).toHaveCount(batchRows);
});

test('503 for good: a message with the ids, and a retry that recovers', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'unavailable', times: 4 });
  await page.goto(batchesPath);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Partner Center had a problem', { timeout: 30_000 });
  await expect(alert).toContainText('HTTP status: 503');
  await expect(alert).toContainText(/Request id: [0-9a-f-]{36}/);
  await expect(alert).toContainText(/Correlation id: [0-9a-f-]{36}/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(table(page).getByRole('row')).toHaveCount(batchRows);
});

test('a request that never answers times out, is retried, and the batches come', async ({
  page,
  request,
}) => {
  test.slow(); // the client waits out its 30-second timeout once
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'hang', times: 1, latencyMs: 60_000 });
  await page.goto(batchesPath);
  await expect(table(page).getByRole('row')).toHaveCount(batchRows, { timeout: 60_000 });
});

for (const kind of ['malformed-json', 'missing-field'] as const) {
  test(`${kind}: "unexpected response from Partner Center", with the ids and a working retry`, async ({
    page,
    request,
  }) => {
    await openSignedIn(page, '/customers');
    await fault(request, { kind, times: 1 });
    await page.goto(batchesPath);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Unexpected response from Partner Center');
    await expect(alert).toContainText(/Request id: [0-9a-f-]{36}/);
    await expect(alert).toContainText(/Correlation id: [0-9a-f-]{36}/);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(table(page).getByRole('row')).toHaveCount(batchRows);
  });
}

test('a byte-order mark before the JSON is read as the API means it', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'bom', times: 5 });
  await page.goto(batchesPath);
  await expect(table(page).getByRole('row')).toHaveCount(batchRows);
});

test('offline and back: a banner that clears itself, and the batches stay', async ({
  page,
  context,
}) => {
  const path = `/customers/${internationalCustomers.longName.id}/device-batches`;
  await openSignedIn(page, path);
  const rows = table(page).getByRole('row');
  await expect(rows).toHaveCount(3);

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await expect(rows).toHaveCount(3);

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeHidden();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('alert')).toBeHidden();
});

test('leaving a page while Partner Center is slow cancels its request', async ({
  page,
  request,
}) => {
  const slowCustomer = faultCustomers.cancellation;
  const slowApiPath = `/v1/customers/${slowCustomer.id}/deviceBatches`;
  await fault(request, {
    pathPattern: slowApiPath,
    kind: 'latency',
    latencyMs: 5_000,
  });
  await openSignedIn(page, '/customers');
  const cancelled = page.waitForEvent(
    'requestfailed',
    (failed) =>
      failed.url().includes(slowApiPath) && failed.failure()?.errorText === 'net::ERR_ABORTED',
  );
  await page.goto(`/customers/${slowCustomer.id}/device-batches`);
  await expect(page.getByText('Loading device batches…')).toBeAttached();
  // Away through the app itself (no page load), while the batches are still on their way.
  await page.getByRole('link', { name: 'Zero-Touch Batches' }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await cancelled;
});
