import type { Page } from '@playwright/test';
import { manyBatches, type NamedBatch } from '../emulator/seed/named-batches';
import { customerWithManyBatches, customerWithoutBatches } from '../emulator/seed/named-customers';
import { expectNoAxeViolations } from './support/axe';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const batchesPath = (customerId: string) => `/customers/${customerId}/device-batches`;
const northwind = batchesPath(customerWithManyBatches.id);

/** The row of the batch whose name cell reads exactly `name`. */
const rowOf = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Device batches' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) });

const namesInOrder = (page: Page) =>
  page.getByRole('table', { name: 'Device batches' }).getByRole('row').locator('td:first-child');

/** A status in the summary, clicked as a person would: on its label. */
const statusFilter = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Filter by status' }).getByText(label, { exact: true });

const devicesLinkName = (count: number, name: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'device' : 'devices'} in ${name}`;

test.describe('a customer’s device batches', () => {
  test('shows every status in words, unknown and unrecognised ones too', async ({ page }) => {
    await openSignedIn(page, northwind);
    const expected: [string, string][] = [
      [manyBatches.queued.id, 'Queued'],
      [manyBatches.processing.id, 'Processing'],
      [manyBatches.testBatch.id, 'Finished'],
      [manyBatches.finishedWithErrors.id, 'Finished with errors'],
      [manyBatches.withoutStatus.id, 'No status'],
      [manyBatches.unrecognisedStatus.id, 'Archived'],
    ];
    for (const [name, label] of expected) {
      await expect(rowOf(page, name).getByRole('cell').nth(1), name).toHaveText(label);
    }
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('12 batches');
    const devices = Object.values<NamedBatch>(manyBatches).reduce(
      (sum, batch) => sum + batch.devicesCount,
      0,
    );
    await expect(summary).toContainText(`${devices.toLocaleString('en-US')} devices`);
    await expectNoAxeViolations(page);

    // The creation date reads "3 years ago"; hovering shows the exact time, in the user's zone.
    // (Keyboard focus should too: the shared RelativeDate's tooltip listens to hover only.)
    await rowOf(page, manyBatches.testBatch.id).locator('time').hover();
    await expect(page.getByRole('tooltip')).toHaveText('Exact time: March 14, 2023 at 9:12:44 AM');
  });

  const awkwardNames = [
    manyBatches.testBatch,
    manyBatches.processing,
    manyBatches.finishedWithErrors,
    manyBatches.withoutStatus,
    manyBatches.unrecognisedStatus,
    manyBatches.singleDevice,
    manyBatches.plusSigns,
    manyBatches.longName,
  ];
  for (const batch of awkwardNames) {
    test(`shows the batch ${JSON.stringify(batch.id)} exactly, and its link opens it`, async ({
      page,
    }) => {
      await openSignedIn(page, northwind);
      await expect(rowOf(page, batch.id)).toHaveCount(1);
      await rowOf(page, batch.id)
        .getByRole('link', { name: devicesLinkName(batch.devicesCount, batch.id) })
        .click();
      await expect(page).toHaveURL(
        (url) =>
          url.pathname ===
          `/customers/${customerWithManyBatches.id}/device-batches/${encodeURIComponent(batch.id)}/devices`,
      );
      await expect(page.getByRole('main')).toContainText(batch.id);
    });
  }

  test('puts sort, status filter and search in the URL, and restores them from it', async ({
    page,
  }) => {
    await openSignedIn(page, northwind);
    const table = page.getByRole('table', { name: 'Device batches' });

    await page.getByRole('button', { name: 'Devices', exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=devices&order=desc/);
    await expect(table.getByRole('columnheader', { name: 'Devices' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(namesInOrder(page).first()).toHaveText(manyBatches.tenThousandDevices.id);

    await statusFilter(page, 'Finished').click();
    await expect(page).toHaveURL(/[?&]status=finished/);
    // As a person would: the chip shows the filter on before the search is typed.
    await expect(page.getByRole('checkbox', { name: /^Finished \d+$/ })).toBeChecked();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('te');
    await expect(page).toHaveURL(/[?&]q=te(&|$)/);
    const expected = Object.values<NamedBatch>(manyBatches)
      .filter((batch) => batch.status === 'finished' && /te/i.test(batch.id))
      .sort((a, b) => b.devicesCount - a.devicesCount)
      .map((batch) => batch.id);
    expect(expected.length).toBeGreaterThan(1);
    await expect(namesInOrder(page)).toHaveText(expected);

    const shared = new URL(page.url());
    await page.goto(`${shared.pathname}${shared.search}`);
    await expect(namesInOrder(page)).toHaveText(expected);
    await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('te');
    await expect(page.getByRole('checkbox', { name: /^Finished \d+$/ })).toBeChecked();
    await statusFilter(page, 'Finished').click();
    await expect(page).not.toHaveURL(/status=/);
    await expect(table.getByRole('columnheader', { name: 'Devices' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('opens a shared link with a view already in it', async ({ page }) => {
    await openSignedIn(page, `${northwind}?sort=name&order=asc&status=queued&status=processing`);
    // "Ölçü" sorts with the O's, before "Onboarding" (l before n).
    await expect(namesInOrder(page)).toHaveText([manyBatches.processing.id, manyBatches.queued.id]);
    await expect(page.getByText('Showing 2 of 12 batches')).toBeVisible();
    await page.getByRole('button', { name: 'Show all batches' }).click();
    await expect(page).toHaveURL((url) => url.search === '?sort=name&order=asc');
    await expect(namesInOrder(page)).toHaveCount(12);
  });

  test('says what a batch is when the customer has none', async ({ page }) => {
    await openSignedIn(page, batchesPath(customerWithoutBatches.id));
    await expect(page.getByText('No device batches yet')).toBeVisible();
    await expect(page.getByText(/A device batch is a named list of devices/)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
