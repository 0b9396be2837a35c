import { docsTestBatch } from '../emulator/seed/named-batches';
import { docsExampleCustomer } from '../emulator/seed/named-customers';
import { clearFaults, injectFault } from './support/emulator';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/** Faults only this file's requests hit: the docs example customer's batch list. */
const scope = 'device-batches-refresh';
const batchesPath = `/customers/${docsExampleCustomer.id}/device-batches`;

// The injected 500s are failed loads the browser logs; nothing else may be.
test.use({ allowedConsoleErrors: [/Failed to load resource: .* 500/] });

test.afterEach(async ({ request }) => {
  await clearFaults(request, scope);
});

test('a refresh that fails keeps the batches on screen, with the ids and a retry', async ({
  page,
  request,
}) => {
  await openSignedIn(page, batchesPath);
  const batchName = page.getByRole('cell', { name: docsTestBatch.id, exact: true });
  await expect(batchName).toBeVisible();

  // Every attempt fails, the client's own retries included, until the fault is cleared.
  await injectFault(request, scope, {
    pathPattern: `/v1/customers/${docsExampleCustomer.id}/deviceBatches`,
    method: 'GET',
    kind: 'server-error',
    times: 100,
  });
  await page.getByRole('button', { name: 'Refresh' }).click();

  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    'Could not refresh: the table shows the batches from the last update',
  );
  await expect(notice).toContainText('HTTP status: 500');
  await expect(notice).toContainText(/Request id: [0-9a-f-]{36}/);
  await expect(notice).toContainText(/Correlation id: [0-9a-f-]{36}/);
  await expect(batchName).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: `${docsTestBatch.devicesCount} devices in ${docsTestBatch.id}`,
    }),
  ).toBeVisible();

  await clearFaults(request, scope);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toBeHidden();
  await expect(batchName).toBeVisible();
});
