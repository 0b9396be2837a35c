import type { Response } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { faultCustomers } from './support/fault-customers';
import { faultSuite } from './support/fault-suite';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * Copy diagnostics: when Partner Center fails for good, the error offers a plain-text block with
 * exactly the ids of the failed request as the network saw them, and the clipboard gets the same.
 */
const customer = faultCustomers.diagnostics;
const batchesPath = `/customers/${customer.id}/device-batches`;
const batchesApiPath = `/v1/customers/${customer.id}/deviceBatches`;
const fault = faultSuite('diagnostics', { pathPattern: batchesApiPath });

test('a 500 for good: diagnostics hold the failed request’s ids, status, code, page and URL, and copy as shown', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openSignedIn(page, '/customers');
  // The first attempt and the client's three retries all fail.
  await fault(request, {
    kind: 'server-error',
    times: 4,
  });
  const failures: Response[] = [];
  page.on('response', (response) => {
    if (response.url().includes(batchesApiPath) && response.status() === 500) {
      failures.push(response);
    }
  });
  const startedAt = Date.now();

  await page.goto(batchesPath);
  const alert = page.getByRole('alert').filter({ hasText: 'Partner Center had a problem' });
  await expect(alert).toBeVisible({ timeout: 30_000 });

  const failed = failures.at(-1);
  if (!failed) throw new Error('no failed batches request was seen');
  const headers = await failed.allHeaders();
  const requestId = headers['ms-requestid'];
  const correlationId = headers['ms-correlationid'];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);

  await alert.getByRole('button', { name: 'Show diagnostics' }).click();
  const shown = await alert.getByRole('textbox', { name: 'Diagnostics' }).inputValue();
  const [timeLine, ...lines] = shown.split('\n');
  expect(lines).toEqual([
    `Page: ${batchesPath}`,
    `Request: GET ${failed.url()}`,
    'HTTP status: 500',
    'Partner Center code: 800003',
    'Description: Unexpected service error',
    `Request id: ${requestId ?? ''}`,
    `Correlation id: ${correlationId ?? ''}`,
  ]);
  expect(timeLine).toMatch(/^Time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const time = Date.parse(timeLine?.slice('Time: '.length) ?? '');
  expect(time).toBeGreaterThanOrEqual(startedAt);
  expect(time).toBeLessThanOrEqual(Date.now());
  await expectNoAxeViolations(page);

  await alert.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(alert.getByRole('status')).toHaveText(/Diagnostics copied/);
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});
