import type { Page } from '@playwright/test';
import { generateDevices } from '../emulator/seed/device-factory';
import { manyBatches } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import { expectNoAxeViolations } from './support/axe';
import { clearFaults, emulatorUrl, injectFault } from './support/emulator';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const customerId = customerWithManyBatches.id;
const devicesPath = (batchId: string, search = '') =>
  `/customers/${customerId}/device-batches/${encodeURIComponent(batchId)}/devices${search}`;
const tenThousand = manyBatches.tenThousandDevices;

/** Devices of a named batch, as the emulator generates them from the default seed. */
function seededDevices(batchId: string, offset: number, count: number) {
  const batch = createSeedCatalogue(defaultSeed)
    .findCustomer(customerId)
    ?.batches.find((candidate) => candidate.id === batchId);
  if (!batch) throw new Error(`the seed has no batch ${batchId}`);
  return generateDevices(batch.deviceSource, offset, count);
}

/** How the status badge words each named batch's status: one it does not know, title-cased. */
const statusLabel = (status: string | undefined): string =>
  status === undefined
    ? 'No status'
    : ({
        queued: 'Queued',
        processing: 'Processing',
        finished: 'Finished',
        finished_with_errors: 'Finished with errors',
      }[status] ?? `${status.charAt(0).toUpperCase()}${status.slice(1)}`);

const table = (page: Page) => page.getByRole('region', { name: 'Devices in this batch' });
const allLoaded = (page: Page, count: number) =>
  page.getByText(
    count === 1 ? '1 device loaded.' : `All ${count.toLocaleString('en-US')} devices loaded.`,
  );

// These tests share the 10,000-device batch, and one of them injects a fault on its path: they run
// one after another, so the fault's `skip` counts only that test's requests.
test.describe.configure({ mode: 'default' });

test.describe('a batch’s devices', () => {
  test('drills into every named batch, awkward names included', async ({ page }) => {
    const batches = Object.values(manyBatches);
    await openSignedIn(page, devicesPath(manyBatches.testBatch.id));
    for (const batch of batches) {
      await page.goto(devicesPath(batch.id));
      await expect(
        page.getByRole('heading', { name: batch.id, exact: true, level: 2 }),
      ).toBeVisible();
      const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(breadcrumb.getByRole('link', { name: 'Device batches' })).toHaveAttribute(
        'href',
        `/customers/${customerId}/device-batches`,
      );
      await expect(breadcrumb.getByText(batch.id, { exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const count = `${batch.devicesCount.toLocaleString('en-US')} ${batch.devicesCount === 1 ? 'device' : 'devices'}`;
      const heading = page.getByRole('main').getByText(count, { exact: true }).locator('..');
      await expect(heading).toContainText(
        statusLabel('status' in batch ? batch.status : undefined),
      );
      await expect(table(page).getByRole('row').nth(1)).toBeVisible();
      if (batch.devicesCount <= 250) {
        const served = 'devicesServed' in batch ? batch.devicesServed : batch.devicesCount;
        await expect(allLoaded(page, served)).toBeVisible();
      }
    }
    await expect(page.getByText('The device count does not match')).toBeVisible();
    await expect(
      page.getByText('Partner Center lists 25 devices for this batch, but sent 23.'),
    ).toBeVisible();
  });

  test('loads all 10,000 devices with progress, keeps the DOM small, and finds the last one', async ({
    page,
  }) => {
    const [last] = seededDevices(tenThousand.id, tenThousand.devicesCount - 1, 1);
    if (!last) throw new Error('the seed has no 10,000th device');
    await openSignedIn(page, devicesPath(tenThousand.id));
    const started = Date.now();
    await expect(page.getByText(/^Loading devices: [\d,]+ of 10,000$/)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Devices loaded' })).toBeVisible();
    await expect(allLoaded(page, 10_000)).toBeVisible({ timeout: 45_000 });
    test.info().annotations.push({
      type: 'figure',
      description: `10,000 devices loaded ${String(Date.now() - started)} ms after the first rows`,
    });
    await expect(page.getByText('The device count does not match')).toBeHidden();
    await expect(page.getByText('Showing 10,000 of 10,000 devices')).toBeVisible();

    const rowsInDom = () => table(page).locator('tbody tr[data-index]').count();
    expect(await rowsInDom()).toBeLessThanOrEqual(100);
    await table(page).evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    const lastRow = table(page).locator('tr[aria-rowindex="10001"]');
    await expect(lastRow).toContainText(last.serialNumber);
    expect(await rowsInDom()).toBeLessThanOrEqual(100);
    test.info().annotations.push({
      type: 'figure',
      description: `${String(await rowsInDom())} rows in the DOM`,
    });

    await page.getByRole('searchbox', { name: 'Search' }).fill(last.serialNumber);
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === last.serialNumber);
    await expect(page.getByText(/^Showing \d+ of 10,000 devices$/)).toBeVisible();
    await expect(
      table(page).getByRole('row', { name: new RegExp(last.serialNumber) }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('keeps search, filters and sort in the URL, so a bookmark restores them', async ({
    page,
  }) => {
    const batch = manyBatches.processing;
    await openSignedIn(page, devicesPath(batch.id));
    await expect(allLoaded(page, batch.devicesCount)).toBeVisible();

    await page.getByRole('button', { name: 'Serial number' }).click();
    await expect(page.getByRole('columnheader', { name: 'Serial number' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.getByRole('combobox', { name: 'Autopilot profile' }).click();
    await page.getByRole('option', { name: 'No profile' }).click();
    await expect(page).toHaveURL((url) => url.searchParams.has('noProfile'));
    const withoutProfile = seededDevices(batch.id, 0, batch.devicesCount).filter(
      (device) => device.profileName === undefined,
    );
    const shown = `Showing ${String(withoutProfile.length)} of 250 devices`;
    await expect(page.getByText(shown)).toBeVisible();
    const rows = table(page).locator('tbody tr[data-index]');
    await expect(rows.first()).toContainText('No profile');
    const firstSerial = await rows.first().locator('td').nth(1).textContent();

    const bookmark = page.url();
    await page.goto(bookmark);
    await expect(allLoaded(page, batch.devicesCount)).toBeVisible();
    await expect(page.getByText(shown)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Autopilot profile' })).toHaveValue(
      'No profile',
    );
    await expect(page.getByRole('columnheader', { name: 'Serial number' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(rows.first().locator('td').nth(1)).toHaveText(firstSerial ?? '');

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.getByText('Showing 250 of 250 devices')).toBeVisible();
  });

  test.describe('when Partner Center fails half-way through the pages', () => {
    const scope = 'devices-spec-fault';
    test.use({ allowedConsoleErrors: [/Failed to load resource.*500/] });
    test.afterEach(async ({ request }) => {
      await clearFaults(request, scope);
    });

    test('keeps the devices loaded, says so, and resumes from the failed page', async ({
      page,
      request,
    }) => {
      await injectFault(request, scope, {
        pathPattern: `/v1/customers/${customerId}/deviceBatches/${encodeURIComponent(tenThousand.id)}/devices`,
        method: 'GET',
        kind: 'server-error',
        skip: 50,
        times: 10, // more than the API client's own retries: the page must give up
      });
      await openSignedIn(page, devicesPath(tenThousand.id));

      const panel = page.getByRole('alert').filter({ hasText: 'Not every device could be loaded' });
      await expect(panel).toBeVisible({ timeout: 30_000 });
      // Fifty pages of 100 went through before the fault: 5,000 devices are kept.
      await expect(panel).toContainText('Loading stopped at 5,000 of 10,000 devices.');
      await expect(panel.getByRole('link', { name: 'Back to the device batches' })).toHaveAttribute(
        'href',
        `/customers/${customerId}/device-batches`,
      );
      await expect(page.getByText('Showing 5,000 of 5,000 devices')).toBeVisible();
      await expect(table(page).locator('tbody tr[data-index]').first()).toBeVisible();
      const correlationId =
        (await panel
          .getByText(/^Correlation id:/)
          .locator('code')
          .textContent()) ?? '';

      await clearFaults(request, scope);
      const before = await requestLogSince(request, 0);
      await panel.getByRole('button', { name: 'Try again' }).click();
      await expect(allLoaded(page, 10_000)).toBeVisible({ timeout: 45_000 });
      await expect(page.getByRole('alert')).toBeHidden();

      const resumed = (await requestLogSince(request, before.lastSequence)).requests.filter(
        (logged) => logged.correlationId === correlationId && logged.path.includes('/devices'),
      );
      expect(resumed).toHaveLength(50);
      expect(resumed.every((logged) => logged.headers['ms-continuationtoken'])).toBe(true);
    });
  });
});

interface RequestLogPage {
  requests: { path: string; correlationId: string; headers: Record<string, string> }[];
  lastSequence: number;
}

async function requestLogSince(
  request: import('@playwright/test').APIRequestContext,
  since: number,
): Promise<RequestLogPage> {
  const response = await request.get(`${emulatorUrl}/__emulator/requests?since=${String(since)}`);
  return (await response.json()) as RequestLogPage;
}
