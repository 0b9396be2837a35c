import type { Page } from '@playwright/test';
import { generateDevices } from '../emulator/seed/device-factory';
import { liveFormsBatches, liveFormsCustomer } from '../emulator/seed/live-forms-customer';
import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import { expectNoAxeViolations } from './support/axe';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * Relecloud answers in the forms the live API is known to send (emulator/README.md, "The
 * live-forms customer"): a paged batch list, `null` optional fields, `deviceCount`, links without
 * `headers` or with `body: null`, a `0001-01-01` date, an unknown status, hash-only devices and
 * device ids that are not GUIDs. The dashboard must show all of it in words, and none of it may
 * fail a page.
 */
const batchesPath = `/customers/${liveFormsCustomer.id}/device-batches`;
const batchesTable = (page: Page) => page.getByRole('table', { name: 'Device batches' });
const rowOf = (page: Page, name: string) =>
  batchesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) });

function seededDevices(batchId: string, count: number) {
  const batch = createSeedCatalogue(defaultSeed)
    .findCustomer(liveFormsCustomer.id)
    ?.batches.find((candidate) => candidate.id === batchId);
  if (!batch) throw new Error(`the seed has no batch ${batchId}`);
  return generateDevices(batch.deviceSource, 0, count);
}

test.describe('a customer whose answers come in the live API’s forms', () => {
  test('lists every batch of the paged list, with unknown and missing values in words', async ({
    page,
  }) => {
    await openSignedIn(page, batchesPath);
    const batches = Object.values(liveFormsBatches);

    // The second page (from "Warehouse scanners" on) is there too: the list was followed.
    await expect(batchesTable(page).getByRole('row')).toHaveCount(batches.length + 1);
    for (const batch of batches) await expect(rowOf(page, batch.id)).toHaveCount(1);

    const archived = rowOf(page, liveFormsBatches.archived.id).getByRole('cell');
    await expect(archived.nth(1)).toHaveText('Archived');
    await expect(archived.nth(2)).toContainText('Not set');
    await expect(archived.nth(2)).not.toContainText('0001');
    await expect(
      rowOf(page, liveFormsBatches.autopilotImport.id).getByRole('cell').nth(1),
    ).toHaveText('No status');
    // `deviceCount` (the resource table's spelling) reads like `devicesCount`.
    await expect(
      page.getByRole('link', { name: '30 devices in Reception kiosks', exact: true }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('shows a batch’s hash-only devices and unset dates as such', async ({ page }) => {
    const kiosks = liveFormsBatches.receptionKiosks;
    const devices = seededDevices(kiosks.id, kiosks.devicesCount);
    const hashOnly = devices.filter((device) => device.hashOnly).length;
    const uploadedNotSet = devices.filter((device) =>
      device.uploadedDate.startsWith('0001-'),
    ).length;
    expect(hashOnly, 'the seed gives this batch hash-only devices').toBeGreaterThan(0);
    expect(uploadedNotSet, 'the seed gives this batch unset upload dates').toBeGreaterThan(0);

    await openSignedIn(page, batchesPath);
    // This batch's devicesLink has no `headers` at all.
    await page.getByRole('link', { name: '30 devices in Reception kiosks', exact: true }).click();
    await expect(page.getByText('All 30 devices loaded.')).toBeVisible();

    // The table renders only the rows in view; printed, it lays out every device, so all 30 count.
    await page.emulateMedia({ media: 'print' });
    const rows = page.getByRole('region', { name: 'Devices in this batch' }).getByRole('row');
    await expect(rows).toHaveCount(kiosks.devicesCount + 1);
    const serialNotGiven = rows.filter({
      has: page
        .getByRole('cell')
        .first()
        .filter({ hasText: /^Not given$/ }),
    });
    await expect(serialNotGiven).toHaveCount(hashOnly);
    await expect(rows.filter({ hasText: 'Not set' })).toHaveCount(uploadedNotSet);
    await expect(page.getByRole('main')).not.toContainText('0001');
    await expect(page.getByRole('main')).not.toContainText('null');
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
  });
});
