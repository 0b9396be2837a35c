import type { Page } from '@playwright/test';
import { internationalCustomers } from '../emulator/seed/named-customers';
import { deviceUploadsEn as texts } from '../src/features/device-uploads/i18n/device-uploads-en';
import { pollSchedule } from '../src/lib/partner-center/poll-schedule';
import { accounts } from './support/accounts';
import { csvFile, freshDevices, partnerCenterCsv } from './support/autopilot-csv';
import { expectNoAxeViolations } from './support/axe';
import { attemptsPerRequest, longestRetryBackoffMs } from './support/retry-plan';
import { faultSuite } from './support/fault-suite';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';
import { uploadFinishTimeoutMs } from './support/upload-timing';

const customer = internationalCustomers.societeGenerale;
const registerPath = `/customers/${customer.id}/device-batches/new`;
const fill = (message: string, values: Record<string, string | number> = {}) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

const inject = faultSuite('register-devices-faults', {
  pathPattern: `/v1/customers/${customer.id}/deviceBatches`,
});

/** Chooses a CSV of `count` fresh devices, names a new batch, and confirms; returns the POSTs seen. */
async function sendNewBatch(
  page: Page,
  count: number,
): Promise<{ batchName: string; posts: string[] }> {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  const batchName = `E2E faults ${String(Date.now())}`;
  await page
    .getByLabel(texts.file.choose)
    .setInputFiles(csvFile('devices.csv', partnerCenterCsv(freshDevices(count))));
  await page.getByLabel(texts.target.name).fill(batchName);
  await page
    .getByRole('button', { name: fill(texts.review.button_other, { formatted: count }) })
    .click();
  await page
    .getByRole('dialog', { name: texts.confirm.title })
    .getByRole('button', { name: fill(texts.confirm.send_other, { formatted: count }) })
    .click();
  return { batchName, posts };
}

test.describe('registering devices when Partner Center fails', () => {
  test('a 500 on the POST is an unknown outcome: sent once, never again, with the ids and where to check', async ({
    page,
    request,
  }) => {
    await inject(request, { method: 'POST', kind: 'server-error', times: 1 });
    await openSignedIn(page, registerPath, accounts.admin);
    const { posts } = await sendNewBatch(page, 3);

    const alert = page.getByRole('alert').filter({ hasText: texts.stopped.outcomeUnknownTitle });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(
      fill(texts.stopped.outcomeUnknownBody, { request: 1, total: 1, count: 3 }),
    );
    await expect(alert).toContainText(/Request id|request id/i);
    await expect(alert.getByRole('link', { name: texts.stopped.checkBatch })).toBeVisible();
    await expect(alert.getByRole('button', { name: /try again|retry/i })).toHaveCount(0);
    expect(posts).toHaveLength(1);
    await expectNoAxeViolations(page);
  });

  test('a 429 on the POST is a refusal: nothing registered, and sending again from the file works', async ({
    page,
    request,
  }) => {
    await inject(request, { method: 'POST', kind: 'throttle', times: 1, retryAfterSeconds: 1 });
    await openSignedIn(page, registerPath, accounts.admin);
    const { posts } = await sendNewBatch(page, 2);

    await expect(
      page.getByRole('alert').filter({ hasText: texts.stopped.refusedTitle }),
    ).toBeVisible();
    expect(posts).toHaveLength(1);
    await page.getByRole('button', { name: texts.stopped.tryAgain }).click();
    await page
      .getByRole('button', { name: fill(texts.review.button_other, { formatted: 2 }) })
      .click();
    await page
      .getByRole('dialog', { name: texts.confirm.title })
      .getByRole('button', { name: fill(texts.confirm.send_other, { formatted: 2 }) })
      .click();
    await expect(page).toHaveURL(/\/uploads\//);
    await expect(page.getByText(texts.tracker.stage.finished)).toBeVisible({
      timeout: uploadFinishTimeoutMs(),
    });
    expect(posts).toHaveLength(2);
  });

  test('a status poll that fails is shown with its ids while the tracker keeps asking, until the upload finishes', async ({
    page,
    request,
  }) => {
    // Reads are retried: the poll fails only once every attempt of the client's retry plan has.
    await inject(request, {
      pathPattern: `/v1/customers/${customer.id}/batchJobStatus`,
      kind: 'server-error',
      times: attemptsPerRequest,
    });
    await openSignedIn(page, registerPath, accounts.admin);
    await sendNewBatch(page, 2);

    const problem = page.getByRole('alert').filter({ hasText: texts.tracker.pollFailedTitle });
    await expect(problem).toBeVisible({ timeout: longestRetryBackoffMs + uploadFinishTimeoutMs() });
    await expect(problem).toContainText(/Request id/);
    await expect(page.getByText(texts.tracker.stage.finished)).toBeVisible({
      timeout: pollSchedule.firstFailureDelayMs + uploadFinishTimeoutMs(),
    });
    await expect(problem).toHaveCount(0);
  });

  test('a tracker address Partner Center does not know says so, and keeps a way to check', async ({
    page,
  }) => {
    await openSignedIn(
      page,
      `/customers/${customer.id}/uploads/not-a-tracking-id?batch=Lab`,
      accounts.admin,
    );
    const alert = page.getByRole('alert').filter({ hasText: texts.tracker.notFoundTitle });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(
      fill(texts.tracker.notFoundBody, { trackingId: 'not-a-tracking-id' }),
    );
    await expect(
      page.getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: 'Lab' }) }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('files that are not an Autopilot CSV', () => {
  test('an empty file, a binary file and an unrelated CSV each say what is wrong and what is expected', async ({
    page,
  }) => {
    await openSignedIn(page, registerPath, accounts.admin);
    // The button under which the file input sits says “Choose another file” once one is chosen.
    const input = page.getByLabel(
      new RegExp(`^(${texts.file.choose}|${texts.file.chooseAnother})$`),
    );
    const problem = page.getByRole('alert').filter({ hasText: texts.fileProblem.title });

    await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect(problem).toContainText(texts.fileProblem.empty);

    await input.setInputFiles({
      name: 'book.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 0xff, 0xfe, 0, 7, 8, 0, 0, 0]),
    });
    await expect(problem).toContainText(texts.fileProblem.binary);

    await input.setInputFiles(csvFile('users.csv', 'Name,Email\r\nAdele,adele@example.com\r\n'));
    await expect(problem).toContainText(
      fill(texts.fileProblem.unrecognisedHeader, { found: 'Name, Email' }),
    );
    await expect(problem).toContainText(
      'Device Serial Number, Windows Product ID, Hardware Hash, Manufacturer name, Device model',
    );
    await expect(page.getByRole('button', { name: /Review and register/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
