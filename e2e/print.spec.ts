import type { Locator, Page } from '@playwright/test';
import { generateDevices } from '../emulator/seed/device-factory';
import { manyBatches, type NamedBatch } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const customerId = customerWithManyBatches.id;
const batchesPath = `/customers/${customerId}/device-batches`;
const devicesPath = (batchId: string, search = '') =>
  `${batchesPath}/${encodeURIComponent(batchId)}/devices${search}`;
/** A batch of a few pages of devices: 250, served 100 a page. */
const multiPage = manyBatches.processing;

/** Every device of a named batch, as the emulator generates them from the default seed. */
function seededDevices(batch: NamedBatch) {
  const seeded = createSeedCatalogue(defaultSeed)
    .findCustomer(customerId)
    ?.batches.find((candidate) => candidate.id === batch.id);
  if (!seeded) throw new Error(`the seed has no batch ${batch.id}`);
  return generateDevices(seeded.deviceSource, 0, batch.devicesCount);
}

/** The header's controls: on screen they are there, on paper none of them is. */
const headerControls = (page: Page): Locator[] => [
  page.getByRole('button', { name: 'Switch customer' }),
  page.getByRole('button', { name: 'Start presenter mode' }),
  page.getByRole('button', { name: 'Language' }),
  page.getByRole('button', { name: 'Switch to dark theme' }),
  page.getByRole('button', { name: `Account: ${accounts.admin.name}` }),
];

/** "Data as of March 14, 2026 at 9:12:44 AM": a date and a time, printed only. */
const dataAsOf = (page: Page) =>
  page.getByText(/^Data as of [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}:\d{2}\s[AP]M$/);

const devicesTable = (page: Page) => page.getByRole('region', { name: 'Devices in this batch' });
const deviceRows = (page: Page) => devicesTable(page).locator('tbody tr[data-index]');

test.describe('printing', () => {
  test('the batches page prints the customer, every batch and when the data is from, without the controls', async ({
    page,
  }) => {
    await openSignedIn(page, batchesPath);
    const table = page.getByRole('table', { name: 'Device batches' });
    const batches = Object.values<NamedBatch>(manyBatches);
    await expect(table.locator('tbody tr')).toHaveCount(batches.length);
    for (const control of headerControls(page)) await expect(control).toBeVisible();
    await expect(dataAsOf(page)).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    for (const control of headerControls(page)) await expect(control).toBeHidden();
    const pageControls = [
      page.getByRole('searchbox', { name: 'Search by name' }),
      page.getByRole('group', { name: 'Filter by status' }),
      page.getByRole('button', { name: 'Refresh' }),
      page.getByRole('button', { name: 'Copy link' }),
      page.getByRole('button', { name: /^Pin .* to favourites$/ }),
    ];
    for (const control of pageControls) await expect(control).toBeHidden();

    await expect(
      page.getByRole('region', { name: customerWithManyBatches.companyName }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Device batches', level: 2 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('12 batches');
    for (const batch of batches) {
      await expect(
        table
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: batch.id, exact: true }) }),
        batch.id,
      ).toBeVisible();
    }
    await expect(dataAsOf(page)).toBeVisible();
    // Paper keeps: creation dates print exactly, not as "3 years ago".
    const created = table.getByRole('row').filter({
      has: page.getByRole('cell', { name: manyBatches.testBatch.id, exact: true }),
    });
    await expect(created).toContainText('March 14, 2023 at 9:12:44 AM');
    await expect(table).not.toContainText(/ ago|last year|yesterday/);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'screen' });
    for (const control of headerControls(page)) await expect(control).toBeVisible();
    await expect(dataAsOf(page)).toBeHidden();
    await expect(created).toContainText(/\d+ years? ago/);
  });

  test('a page in the dark theme prints dark text for white paper, and stays dark on screen', async ({
    page,
  }) => {
    await openSignedIn(page, batchesPath);
    const title = page.getByRole('heading', { name: 'Device batches', level: 2 });
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
    const darkText = await title.evaluate((element) => getComputedStyle(element).color);

    await page.emulateMedia({ media: 'print' });
    await expect(title).toHaveCSS('color', 'rgb(0, 0, 0)');

    await page.emulateMedia({ media: 'screen' });
    await expect(title).toHaveCSS('color', darkText);
    expect(darkText).not.toBe('rgb(0, 0, 0)');
  });

  test('the devices page prints every device of a batch, not just the rows in view', async ({
    page,
  }) => {
    const devices = seededDevices(multiPage);
    const last = devices.at(-1);
    if (!last) throw new Error('the batch has no devices');
    await openSignedIn(page, devicesPath(multiPage.id));
    await expect(page.getByText('All 250 devices loaded.')).toBeVisible();
    await expect(deviceRows(page).first()).toBeVisible();
    const onScreen = await deviceRows(page).count();
    expect(onScreen).toBeLessThan(multiPage.devicesCount);

    await page.emulateMedia({ media: 'print' });
    await expect(deviceRows(page)).toHaveCount(multiPage.devicesCount);
    const lastRow = deviceRows(page).last();
    await expect(lastRow).toHaveAttribute('aria-rowindex', String(multiPage.devicesCount + 1));
    await expect(lastRow).toContainText(last.serialNumber);
    await expect(lastRow).toBeVisible();
    for (const control of [
      ...headerControls(page),
      page.getByRole('navigation', { name: 'Breadcrumb' }),
      page.getByRole('searchbox', { name: 'Search' }),
      page.getByRole('combobox', { name: 'Model' }),
      page.getByRole('button', { name: /^Export .* to CSV$/ }),
    ]) {
      await expect(control).toBeHidden();
    }
    await expect(page.getByRole('heading', { name: multiPage.id, level: 2 })).toBeVisible();
    await expect(page.getByText('Showing 250 of 250 devices')).toBeVisible();
    await expect(dataAsOf(page)).toBeVisible();

    await page.emulateMedia({ media: 'screen' });
    await expect(deviceRows(page).first()).toBeVisible();
    expect(await deviceRows(page).count()).toBeLessThan(multiPage.devicesCount);
  });

  test('a devices page opened while printing renders every row from the start, accessibly', async ({
    page,
  }) => {
    // Small enough for axe to check every row quickly.
    const batch = manyBatches.queued;
    await openSignedIn(page, batchesPath);
    await page.emulateMedia({ media: 'print' });
    await page.goto(devicesPath(batch.id));
    await expect(page.getByText(`All ${String(batch.devicesCount)} devices loaded.`)).toBeVisible();
    await expect(deviceRows(page)).toHaveCount(batch.devicesCount);
    await expect(dataAsOf(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in presenter mode the printout holds no product key or hardware hash, not even in the markup', async ({
    page,
  }) => {
    const devices = seededDevices(multiPage);
    const withKey = devices.filter((device) => device.productKey !== undefined);
    const withHash = devices.filter((device) => device.hardwareHash !== undefined);
    expect(withKey.length).toBeGreaterThan(0);
    expect(withHash.length).toBeGreaterThan(0);
    await openSignedIn(page, devicesPath(multiPage.id, '?presenter=on'));
    await expect(page.getByText('All 250 devices loaded.')).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(deviceRows(page)).toHaveCount(multiPage.devicesCount);
    // Every device is on paper, keys masked down to their last four characters.
    const keyed = withKey.at(-1);
    if (!keyed?.productKey) throw new Error('no device with a product key');
    const keyedRow = deviceRows(page).filter({ hasText: keyed.serialNumber });
    await expect(keyedRow).toContainText(`••••••••${keyed.productKey.slice(-4)}`);

    const markup = await page.content();
    const keysInMarkup = withKey.filter((device) => markup.includes(device.productKey ?? ''));
    expect(keysInMarkup.map((device) => device.serialNumber)).toEqual([]);
    // A hash starts with the same fixed bytes on every device; its own characters follow them.
    const hashesInMarkup = withHash.filter((device) => {
      const hash = device.hardwareHash ?? '';
      return markup.includes(hash.slice(16, 48)) || markup.includes(hash.slice(-8));
    });
    expect(hashesInMarkup.map((device) => device.serialNumber)).toEqual([]);
  });
});
