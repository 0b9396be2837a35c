import { contosoCustomers } from '../emulator/seed/named-customers';
import { deviceUploadsEn as texts } from '../src/features/device-uploads/i18n/device-uploads-en';
import { csvFile, freshDevices, partnerCenterCsv } from './support/autopilot-csv';
import { expectNoAxeViolations } from './support/axe';
import {
  expectNoHorizontalScroll,
  openSignedInNarrow,
  phoneViewport,
} from './support/narrow-screen';
import { expect, test } from './support/test';
import { uploadFinishTimeoutMs } from './support/upload-timing';

const customer = contosoCustomers.contoso;
const fill = (message: string, values: Record<string, string | number> = {}) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
const markup = '<img src=x onerror=alert(1)>';

test.use({ viewport: phoneViewport });

test('on a phone, a file with markup in its fields is registered into a batch named with markup, all shown as text', async ({
  page,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const devices = freshDevices(3);
  const csv = partnerCenterCsv([
    ...devices,
    // No hash, no product key, no model: left out, and shown in the problems table as text.
    { serialNumber: markup, hardwareHash: '', manufacturer: '<b>Dell</b>', model: '' },
  ]);
  const batchName = `<b>E2E phone ${String(Date.now() % 100_000)}</b>`;

  await openSignedInNarrow(page, `/customers/${customer.id}/device-batches`);
  await page.getByRole('link', { name: texts.entry.registerDevices }).click();
  await expect(page.getByRole('heading', { name: texts.page.title })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.getByLabel(texts.file.choose).setInputFiles(csvFile('phone.csv', csv));
  const problems = page.getByRole('table', { name: texts.problems.tableLabel });
  await expect(problems.getByText(markup, { exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  await page
    .getByRole('button', { name: fill(texts.problems.leaveOut_one, { formatted: 1 }) })
    .click();
  await page.getByLabel(texts.target.name).fill(batchName);
  await page
    .getByRole('button', { name: fill(texts.review.button_other, { formatted: 3 }) })
    .click();
  const dialog = page.getByRole('dialog', { name: texts.confirm.title });
  await expect(dialog).toContainText(
    fill(texts.confirm.newBatch_other, {
      formatted: 3,
      batch: batchName,
      customer: customer.companyName,
    }),
  );
  await expectNoHorizontalScroll(page);
  await dialog
    .getByRole('button', { name: fill(texts.confirm.send_other, { formatted: 3 }) })
    .click();

  await expect(page.getByText(texts.tracker.stage.finished)).toBeVisible({
    timeout: uploadFinishTimeoutMs(),
  });
  await expect(
    page.getByRole('heading', { name: fill(texts.tracker.title, { batch: batchName }) }),
  ).toBeVisible();
  await expect(page.locator('b', { hasText: 'E2E phone' })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
