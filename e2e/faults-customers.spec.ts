import { internationalCustomers } from '../emulator/seed/named-customers';
import { faultSuite } from './support/fault-suite';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * The fault suite on the customers page, aimed at one search (its filter value) so the other
 * customer journeys running in parallel are not disturbed.
 */
const searchText = 'Ærø';
const customer = internationalCustomers.aeroskobing;
const searchPath = `/customers?q=${encodeURIComponent(searchText)}`;

const fault = faultSuite('faults-customers', {
  pathPattern: '*/v1/customers',
  queryContains: searchText,
});

const result = (page: import('@playwright/test').Page) =>
  page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: customer.companyName });

test('429 on a search: a countdown, then the results', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'throttle', retryAfterSeconds: 2, times: 2 });
  await page.goto(searchPath);
  await expect(
    page.getByRole('status').filter({ hasText: 'Partner Center is busy' }),
  ).toBeVisible();
  await expect(result(page)).toBeVisible();
});

test('500 and 503 on a search are retried, and the results come', async ({ page, request }) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'server-error', times: 1 });
  await fault(request, { kind: 'unavailable', times: 2 });
  await page.goto(searchPath);
  await expect(result(page)).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});

for (const kind of ['malformed-json', 'missing-field'] as const) {
  test(`${kind} on a search: what went wrong, the ids, and a retry that recovers`, async ({
    page,
    request,
  }) => {
    await openSignedIn(page, '/customers');
    await fault(request, { kind, times: 2, field: 'companyProfile' });
    await page.goto(searchPath);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Partner Center sent an answer the dashboard cannot read');
    await expect(alert).toContainText(/Request id: [0-9a-f-]{36}/);
    await expect(alert).toContainText(/Correlation id: [0-9a-f-]{36}/);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(result(page)).toBeVisible();
  });
}

test('a byte-order mark before the answer is read as the API means it', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'bom', times: 2 });
  await page.goto(searchPath);
  await expect(result(page)).toBeVisible();
});

test('offline while searching: a banner that clears itself, and the search completes', async ({
  page,
  context,
}) => {
  await openSignedIn(page, '/customers');
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(searchText);
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeHidden();
  await expect(result(page)).toBeVisible();
});

test('a search that never answers times out, is retried, and the results come', async ({
  page,
  request,
}) => {
  test.slow(); // the client waits out its 30-second timeout once
  await openSignedIn(page, '/customers');
  await fault(request, { kind: 'hang', times: 1, latencyMs: 60_000 });
  await page.goto(searchPath);
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
});
