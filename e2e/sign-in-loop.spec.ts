import type { Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { clearFaults } from './support/emulator';
import { faultCustomers } from './support/fault-customers';
import { faultSuite } from './support/fault-suite';
import { openAfterSignIn } from './support/sign-in';
import { watchSignInTrips } from './support/sign-in-trips';
import { expect, test } from './support/test';

/**
 * Partner Center refusing an account's tokens for good (Conditional Access, a missing MFA claim, a
 * wrong audience): the dashboard signs in again once, then shows the refusal instead of looping
 * through sign-in, and recovers by the user's hand once Partner Center accepts the sign-in again.
 */
const scope = 'sign-in-loop';
const customer = faultCustomers.signInLoop;
const batchesPath = `/customers/${customer.id}/device-batches`;

// Every request about this customer (its header and its batches): the whole page is refused.
const fault = faultSuite(scope, { pathPattern: `/v1/customers/${customer.id}` });
/** Far more refusals than a loop needs to show itself: the fault does not run out in a test. */
const forGood = { kind: 'unauthorized', times: 1_000 } as const;

const refusal = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Partner Center does not accept your sign-in' });

const requestIdPattern = /Request id: ([0-9a-f-]{36})/;

/**
 * Both of the page's requests refused, and both panels saying so: that wording shows only when the
 * guard held the redirect back, so nothing is on its way to sign in.
 */
async function expectWholePageRefused(page: Page): Promise<void> {
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(2);
  for (const alert of await alerts.all())
    await expect(alert).toContainText('Partner Center still refuses your sign-in');
  await expect(alerts.first()).toContainText('The customer’s details could not be loaded');
  await expect(page).toHaveURL((url) => url.pathname === batchesPath);
}

/** Signed in, the fault in place, and the batches page opened: one trip through sign-in, refused. */
async function openRefusedAfterOneTrip(page: Page, request: Parameters<typeof fault>[0]) {
  await openAfterSignIn(page, '/customers');
  await fault(request, forGood);
  const trips = watchSignInTrips(page);
  await page.goto(batchesPath);
  // The trip's length is the provider's and the machine's; the test's own timeout bounds it.
  await trips.back(1);
  await expectWholePageRefused(page);
  return trips;
}

test('a 401 that signing in again does not cure shows the refusal after one trip through sign-in', async ({
  page,
  request,
}) => {
  const trips = await openRefusedAfterOneTrip(page, request);

  const panel = refusal(page);
  await expect(panel).toContainText('HTTP status: 401');
  await expect(panel).toContainText(requestIdPattern);
  await expect(panel).toContainText(/Correlation id: [0-9a-f-]{36}/);
  for (const name of ['Try again', 'Sign in again', 'Sign in with another account'])
    await expect(panel.getByRole('button', { name })).toBeVisible();
  expect(trips.count()).toBe(1);
  await expectNoAxeViolations(page);
});

test('the refusal outlasts a reload without another trip, and Try again brings the data back', async ({
  page,
  request,
}) => {
  const trips = await openRefusedAfterOneTrip(page, request);

  // Opened afresh, still refused: the tab remembers it signed in again already.
  await page.reload();
  await expectWholePageRefused(page);
  expect(trips.count()).toBe(1);

  await clearFaults(request, scope);
  await refusal(page).getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('table', { name: 'Device batches' }).getByRole('row')).toHaveCount(
    customer.batches.length + 1,
  );
  // The customer's header was refused too, and came back with the same click.
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(trips.count()).toBe(1);
});

test('signing in again from the refusal is one trip, and back to the refusal while it lasts', async ({
  page,
  request,
}) => {
  const trips = await openRefusedAfterOneTrip(page, request);
  const [, refusedBefore] = requestIdPattern.exec(await refusal(page).innerText()) ?? [];

  await refusal(page).getByRole('button', { name: 'Sign in again' }).click();
  await trips.back(2);
  await expectWholePageRefused(page);
  // A new request refused, not the panel from before the trip.
  await expect(refusal(page)).not.toContainText(`Request id: ${refusedBefore ?? ''}`);
  await expect(page.getByRole('button', { name: `Account: ${accounts.admin.name}` })).toBeVisible();
  expect(trips.count()).toBe(2);
});
