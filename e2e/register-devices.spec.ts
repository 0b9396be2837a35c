import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { contosoCustomers } from '../emulator/seed/named-customers';
import { deviceUploadsEn } from '../src/features/device-uploads/i18n/device-uploads-en';
import { deviceUploadsNl } from '../src/features/device-uploads/i18n/device-uploads-nl';
import { devicesEn } from '../src/features/devices/i18n/devices-en';
import { devicesNl } from '../src/features/devices/i18n/devices-nl';
import { accounts } from './support/accounts';
import {
  csvFile,
  devicesOfAnotherOrganisation,
  freshDevices,
  partnerCenterCsv,
  type CsvDevice,
} from './support/autopilot-csv';
import { expectNoAxeViolations } from './support/axe';
import { openAfterSignIn, openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';
import { uploadFinishTimeoutMs } from './support/upload-timing';

/** A catalogue message with its placeholders filled, as the page shows it. */
const fill = (message: string, values: Record<string, string | number> = {}) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/**
 * The journey of the issue, in each way a presenter may run it: a 50-row Partner Center CSV with
 * 3 bad rows, the bad rows left out, a new batch, two devices registered to another organisation
 * (808) explained, the failed rows downloaded, then the new batch and its 45 devices in the list
 * and the drill-down. Each variant uses its own customer and fresh serial numbers: the emulator
 * keeps what was registered for its whole run.
 */
const variants = [
  {
    name: 'English',
    customer: contosoCustomers.contosoPharmaceuticals,
    texts: deviceUploadsEn,
    devices: devicesEn,
    locale: 'en-US',
    presenter: false,
  },
  {
    name: 'Dutch',
    customer: contosoCustomers.fabrikamContosoServices,
    texts: deviceUploadsNl,
    devices: devicesNl,
    locale: 'nl-NL',
    presenter: false,
  },
  {
    name: 'presenter mode',
    customer: contosoCustomers.contosoBank,
    texts: deviceUploadsEn,
    devices: devicesEn,
    locale: 'en-US',
    presenter: true,
  },
] as const;

/** 45 new devices, the two registered elsewhere, and three bad rows: 50 rows. */
function journeyCsv(): { csv: string; fresh: CsvDevice[] } {
  const [first, ...others] = freshDevices(46);
  const spare = others.pop();
  if (!first || !spare) throw new Error('no devices');
  const fresh = [first, ...others];
  const rows = [
    ...fresh.slice(0, 20),
    { ...spare, hardwareHash: 'T0FiAwEAHAAAAAoA' }, // a hash cut short
    ...devicesOfAnotherOrganisation.slice(0, 2),
    { ...first }, // the first device again
    ...fresh.slice(20),
    // A serial number and manufacturer without the model, and no hash.
    {
      serialNumber: `${first.serialNumber}Y`,
      hardwareHash: '',
      manufacturer: 'Dell Inc.',
      model: '',
    },
  ];
  return { csv: partnerCenterCsv(rows), fresh };
}

async function uploadPageFor(page: Page, customerId: string, presenter: boolean) {
  await openSignedIn(
    page,
    `/customers/${customerId}/device-batches${presenter ? '?presenter=on' : ''}`,
    accounts.admin,
  );
}

for (const variant of variants) {
  test.describe(`registering devices (${variant.name})`, () => {
    test.use({ locale: variant.locale });
    // Two uploads, each waited out on the tracker's poll plan, and axe on four pages.
    test.slow();

    test('a 50-row CSV with 3 bad rows becomes a new batch of 45 devices, the two 808s explained and downloadable', async ({
      page,
      browser,
    }) => {
      const { texts, customer } = variant;
      const batchName = `E2E R&D #${String(Date.now() % 100_000)} 100% ü/+?`;
      const { csv, fresh } = journeyCsv();
      const [first] = fresh;
      const last = fresh.at(-1);
      if (!first || !last) throw new Error('no devices');

      await uploadPageFor(page, customer.id, variant.presenter);
      await page.getByRole('link', { name: texts.entry.registerDevices }).click();
      await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}/device-batches/new`));
      await expect(page.getByRole('heading', { name: texts.page.title })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByLabel(texts.file.choose).setInputFiles(csvFile('autopilot.csv', csv));
      await expect(
        page.getByText(fill(texts.summary.rows_other, { formatted: 50 }), { exact: true }),
      ).toBeVisible();
      await expect(
        page.getByText(fill(texts.summary.ready_other, { formatted: 47 }), { exact: true }),
      ).toBeVisible();
      const problems = page.getByRole('table', { name: texts.problems.tableLabel });
      await expect(problems.getByRole('row')).toHaveCount(4); // heading + 3
      await expect(problems).toContainText(
        fill(texts.problems.codes.duplicateInFile, {
          line: 2,
          by: texts.problems.identifiers.hardwareHash,
        }),
      );
      await expect(problems).toContainText(
        fill(texts.problems.codes.hashImplausible, { bytes: 12, minimumBytes: 512 }),
      );
      if (variant.presenter) {
        await expect(page.getByText(first.hardwareHash.slice(0, 40))).toHaveCount(0);
      }
      await expectNoAxeViolations(page);

      // The batch cannot be reviewed before the bad rows are left out.
      const review = page.getByRole('button', {
        name: fill(texts.review.button_other, { formatted: 47 }),
      });
      await expect(review).toBeDisabled();
      await page
        .getByRole('button', { name: fill(texts.problems.leaveOut_other, { formatted: 3 }) })
        .click();
      await page.getByLabel(texts.target.name).fill(batchName);
      await review.click();

      const dialog = page.getByRole('dialog', { name: texts.confirm.title });
      await expect(dialog).toContainText(
        fill(texts.confirm.newBatch_other, {
          formatted: 47,
          batch: batchName,
          customer: customer.companyName,
        }),
      );
      await expect(dialog).toContainText(fill(texts.confirm.leftOut_other, { formatted: 3 }));
      await expectNoAxeViolations(page);
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/deviceBatches'))
          posts.push(request.url());
      });
      await dialog
        .getByRole('button', { name: fill(texts.confirm.send_other, { formatted: 47 }) })
        .click();

      await expect(page).toHaveURL(/\/uploads\//);
      await expect(
        page.getByRole('heading', { name: fill(texts.tracker.title, { batch: batchName }) }),
      ).toBeVisible();
      await expect(page.getByText(texts.tracker.stage.finishedWithErrors)).toBeVisible({
        timeout: uploadFinishTimeoutMs(),
      });
      expect(posts, 'one POST, never resent').toHaveLength(1);
      await expect(
        page.getByText(fill(texts.tracker.counts, { registered: 45, failed: 2 })),
      ).toBeVisible();
      const failed = page.getByRole('table', { name: texts.tracker.resultsLabel });
      await expect(failed.getByRole('row')).toHaveCount(3);
      for (const device of devicesOfAnotherOrganisation.slice(0, 2)) {
        await expect(
          failed.getByRole('row').filter({ hasText: device.serialNumber }),
        ).toContainText(texts.tracker.errors.inAnotherTenant);
      }
      await expectNoAxeViolations(page);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: texts.tracker.downloadFailed }).click();
      const text = (await readFile(await (await download).path()))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const lines = text.trim().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(
        /^Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model,/,
      );
      for (const [index, device] of devicesOfAnotherOrganisation.slice(0, 2).entries()) {
        expect(lines[index + 1]).toContain(device.serialNumber);
        // The file holds the hashes to upload again, unless it was taken on a shared screen.
        if (variant.presenter) expect(lines[index + 1]).not.toContain(device.hardwareHash);
        else expect(lines[index + 1]).toContain(device.hardwareHash);
      }

      // A reload shows the same finished upload; so does the bookmark in a browser that must sign in first.
      await page.reload();
      await expect(page.getByText(texts.tracker.stage.finishedWithErrors)).toBeVisible({
        timeout: uploadFinishTimeoutMs(),
      });
      const bookmark = new URL(page.url());
      const elsewhere = await browser.newContext({ locale: variant.locale });
      try {
        const other = await elsewhere.newPage();
        await openAfterSignIn(other, `${bookmark.pathname}${bookmark.search}`, accounts.admin);
        await expect(other.getByText(texts.tracker.stage.finishedWithErrors)).toBeVisible({
          timeout: uploadFinishTimeoutMs(),
        });
        await expect(
          other.getByRole('table', { name: texts.tracker.resultsLabel }).getByRole('row'),
        ).toHaveCount(3);
      } finally {
        await elsewhere.close();
      }

      await page
        .getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: batchName }) })
        .click();
      await expect(page.getByRole('heading', { name: batchName, exact: true })).toBeVisible();
      await expect(
        page.getByText(fill(variant.devices.page.devices_other, { formatted: 45 }), {
          exact: true,
        }),
      ).toBeVisible();
      await page
        .getByRole('searchbox', { name: variant.devices.filters.search })
        .fill(last.serialNumber);
      await expect(page.getByRole('row').filter({ hasText: last.serialNumber })).toBeVisible();

      await test.step('append five devices to the new batch from its devices page', async () => {
        const more = freshDevices(5);
        await page.getByRole('link', { name: texts.entry.addDevices }).click();
        await page
          .getByLabel(texts.file.choose)
          .setInputFiles(csvFile('more.csv', partnerCenterCsv(more)));
        await expect(page.getByRole('radio', { name: texts.target.existingBatch })).toBeChecked();
        await page
          .getByRole('button', { name: fill(texts.review.button_other, { formatted: 5 }) })
          .click();
        const confirm = page.getByRole('dialog', { name: texts.confirm.title });
        await expect(confirm).toContainText(
          fill(texts.confirm.existingBatch_other, {
            formatted: 5,
            batch: batchName,
            customer: customer.companyName,
          }),
        );
        await confirm
          .getByRole('button', { name: fill(texts.confirm.send_other, { formatted: 5 }) })
          .click();
        await expect(page.getByText(texts.tracker.stage.finished)).toBeVisible({
          timeout: uploadFinishTimeoutMs(),
        });
        await expect(
          page.getByText(fill(texts.tracker.counts, { registered: 5, failed: 0 })),
        ).toBeVisible();
        await expect(page.getByRole('table', { name: texts.tracker.resultsLabel })).toHaveCount(0);
        await page
          .getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: batchName }) })
          .click();
        await expect(
          page.getByText(fill(variant.devices.page.devices_other, { formatted: 50 }), {
            exact: true,
          }),
        ).toBeVisible();
        const added = more[4]?.serialNumber ?? '-';
        await page.getByRole('searchbox', { name: variant.devices.filters.search }).fill(added);
        await expect(page.getByRole('row').filter({ hasText: added })).toBeVisible();
      });

      await page.getByRole('link', { name: variant.devices.breadcrumbs.deviceBatches }).click();
      const recent = page.getByRole('region', { name: texts.recent.label });
      await expect(
        recent.getByRole('link', {
          name: fill(texts.recent.upload_other, { formatted: 47, batch: batchName }),
        }),
      ).toBeVisible();
      await expect(
        recent.getByRole('link', {
          name: fill(texts.recent.upload_other, { formatted: 5, batch: batchName }),
        }),
      ).toBeVisible();
    });
  });
}

test.describe('an account that may not register devices', () => {
  test('a Sales agent sees why before trying: the button is disabled with the reason, the page says so', async ({
    page,
  }) => {
    const customer = contosoCustomers.contosoPharmaceuticals;
    await openSignedIn(page, `/customers/${customer.id}/device-batches`, accounts.sales);
    const button = page.getByRole('button', { name: deviceUploadsEn.entry.registerDevices });
    await expect(button).toBeDisabled();
    await expect(page.getByText(deviceUploadsEn.entry.needsAdminAgent)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/customers/${customer.id}/device-batches/new`);
    await expect(
      page.getByRole('alert', { name: deviceUploadsEn.role.notAdminTitle }),
    ).toBeVisible();
    await expect(page.getByLabel(deviceUploadsEn.file.choose)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
