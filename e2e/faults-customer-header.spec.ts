import { faultCustomers } from './support/fault-customers';
import { faultSuite } from './support/fault-suite';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * Faults on the customer header's own call (`GET /v1/customers/{id}`): the header says what failed,
 * the batches below keep working, and a retry recovers. One customer no other spec disturbs.
 */
const customer = faultCustomers.header;
const customerApiPath = `*/v1/customers/${customer.id}`;
const batchesPath = `/customers/${customer.id}/device-batches`;

const fault = faultSuite('faults-customer-header', { pathPattern: customerApiPath });

for (const kind of ['malformed-json', 'missing-field'] as const) {
  test(`${kind} in the customer's details: a message with the ids, the page still works, retry recovers`, async ({
    page,
    request,
  }) => {
    await openSignedIn(page, '/customers');
    await fault(request, {
      kind,
      field: 'companyProfile',
      times: 1,
    });
    await page.goto(batchesPath);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The customer’s details could not be loaded');
    await expect(alert).toContainText('Partner Center sent an answer the dashboard cannot read');
    await expect(alert).toContainText(/Request id: [0-9a-f-]{36}/);
    await expect(page.getByRole('table', { name: 'Device batches' })).toBeVisible();

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole('region', { name: customer.companyName })).toBeVisible();
  });
}

test('the customer details arrive slowly: the page does not wait for them', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/customers');
  await fault(request, {
    kind: 'latency',
    latencyMs: 3_000,
  });
  await page.goto(batchesPath);
  await expect(page.getByRole('table', { name: 'Device batches' })).toBeVisible();
  await expect(page.getByRole('region', { name: customer.companyName })).toBeHidden();
  await expect(page.getByRole('region', { name: customer.companyName })).toBeVisible();
});
