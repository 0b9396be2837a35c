import type { Locator, Page } from '@playwright/test';
import { generateDevices } from '../emulator/seed/device-factory';
import { namedCustomers } from '../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import type { CustomerRecord } from '../emulator/seed/seed-records';
import { customersEn } from '../src/features/customers/i18n/customers-en';
import { profilesEn as texts } from '../src/features/profiles/i18n/profiles-en';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { faultCustomers } from './support/fault-customers';
import { faultSuite } from './support/fault-suite';
import {
  expectNoHorizontalScroll,
  openSignedInNarrow,
  phoneViewport,
} from './support/narrow-screen';
import { createProfileInPage, profileCard } from './support/profiles';
import { attemptsPerRequest, longestRetryBackoffMs } from './support/retry-plan';
import { expectTimeoutMs } from './support/timeouts';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/** A catalogue message with its placeholders filled, as the page shows it. */
const fill = (message: string, values: Record<string, string | number> = {}) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
const formatted = (value: number) => new Intl.NumberFormat('en-US').format(value);

const catalogue = createSeedCatalogue(defaultSeed);

/** The seeded devices of a customer that carry a profile's name, in the API's order, with their batch. */
function seededDevicesUsing(customer: CustomerRecord, profileName: string) {
  return customer.batches.flatMap((batch) =>
    generateDevices(batch.deviceSource, 0, batch.devicesServed)
      .map((device) => ({ ...device, batchId: batch.id }))
      .filter((device) => device.profileName === profileName),
  );
}

/**
 * A generated customer that only this suite opens, so its profiles change under no other test's
 * feet (the suites run in parallel against one emulator): not a named customer (other suites and
 * demos use those; Woodgrove Bank is the device actions' customer), not a fault suite's customer,
 * seen by the sales team too (the Sales agent test), with two or three batches of 20 to 300
 * devices in all and a first profile that devices of at least two batches use. The last such
 * customer of the list, where no other suite looks.
 */
const named = new Set(namedCustomers.map((candidate) => candidate.id));
const taken = new Set(Object.values(faultCustomers).map((candidate) => candidate.id));
const customer = catalogue.customers.findLast((candidate) => {
  if (named.has(candidate.id) || taken.has(candidate.id) || !candidate.visibleToSalesAgent) {
    return false;
  }
  const deviceCount = candidate.batches.reduce((sum, batch) => sum + batch.devicesServed, 0);
  const first = candidate.policies[0];
  if (candidate.batches.length < 2 || candidate.batches.length > 3) return false;
  if (deviceCount < 20 || deviceCount > 300 || !first || candidate.policies.length < 2) {
    return false;
  }
  return (
    new Set(seededDevicesUsing(candidate, first.name).map((device) => device.batchId)).size >= 2
  );
});
if (!customer) throw new Error('the seed has no customer for the profiles suite');
const inUse = customer.policies[0];
if (!inUse) throw new Error('the profiles suite’s customer has no profile');
const inUseDevices = seededDevicesUsing(customer, inUse.name);

const profilesPath = `/customers/${customer.id}/profiles`;
const batchesPath = `/customers/${customer.id}/device-batches`;
const profileDevicesPath = (policyId: string) => `${profilesPath}/${policyId}/devices`;

/** A name no other test of this run uses: markup, unicode, quotes and an ampersand, then a number. */
const hostileName = (label: string) =>
  `<b>Kiosk</b> – Ölçü "quoted" & more ${label} ${String(Date.now())}`;

/** 409s, and the faults' 500s and 429s, are logged by the browser as failed loads. */
test.use({ allowedConsoleErrors: [/Failed to load resource/] });

const heading = (page: Page) =>
  page.getByRole('heading', { name: texts.page.title, level: 2, exact: true });

const devicesLinkName = (count: number, name: string) =>
  fill(count === 1 ? texts.profile.devicesLinkLabel_one : texts.profile.devicesLinkLabel_other, {
    formatted: formatted(count),
    name,
  });

/** The profile id a card's devices link leads to. */
async function policyIdOf(card: Locator): Promise<string> {
  const href = await card.getByRole('link').first().getAttribute('href');
  const id = /\/profiles\/([^/]+)\/devices$/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no profile id in ${href ?? 'a missing link'}`);
  return decodeURIComponent(id);
}

test.describe('Autopilot profiles, as an Admin agent', () => {
  test('creates a profile with markup and unicode in its name, sees its settings in words, edits it and deletes it; every dialog passes axe', async ({
    page,
  }) => {
    // The profile POSTs to Partner Center only: MSAL's own POSTs to the identity provider are not ours.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/policies')) {
        posts.push(request.url());
      }
    });
    await openSignedIn(page, batchesPath, accounts.admin);
    const nav = page.getByRole('navigation', { name: customersEn.header.pagesLabel });
    await nav.getByRole('link', { name: customersEn.header.profilesPage }).click();
    await expect(heading(page)).toBeVisible();
    await expect(nav.getByRole('link', { name: customersEn.header.profilesPage })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(profileCard(page, inUse.name)).toBeVisible();
    await expectNoAxeViolations(page);

    // Nothing is sent until the form is right.
    await page.getByRole('button', { name: texts.actions.newProfile, exact: true }).click();
    const newDialog = page.getByRole('dialog', { name: texts.form.createTitle });
    await expect(newDialog).toContainText(
      fill(texts.form.forCustomer, { customer: customer.companyName }),
    );
    await expect(newDialog.getByRole('textbox', { name: texts.form.name })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(newDialog.getByText(texts.form.nameRequired)).toBeVisible();
    await expect(newDialog.getByText(texts.form.settingsRequired)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(newDialog).toBeHidden();
    expect(posts).toEqual([]);

    const name = hostileName('journey');
    const card = await createProfileInPage(page, name, [
      texts.settings.skip_oem_registration,
      texts.settings.skip_eula,
    ]);
    expect(posts).toHaveLength(1);
    await expect(
      card.getByText(texts.settings.skip_oem_registration, { exact: true }),
    ).toBeVisible();
    await expect(card.getByText(texts.settings.skip_eula, { exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: devicesLinkName(0, name) })).toBeVisible();
    // Markup stays text: no bold element was made from the name.
    await expect(card.locator('b')).toHaveCount(0);

    // Edit: a description, and "No settings", which clears the others.
    await card
      .getByRole('button', { name: fill(texts.actions.editLabel, { name }), exact: true })
      .click();
    const editDialog = page.getByRole('dialog', { name: fill(texts.form.editTitle, { name }) });
    await expect(editDialog.getByRole('textbox', { name: texts.form.name })).toHaveValue(name);
    await expect(
      editDialog.getByRole('checkbox', { name: texts.settings.skip_eula, exact: true }),
    ).toBeChecked();
    await editDialog
      .getByRole('textbox', { name: texts.form.description })
      .fill('Reception & lobby');
    await editDialog.getByRole('checkbox', { name: texts.settings.none, exact: true }).check();
    await expect(
      editDialog.getByRole('checkbox', { name: texts.settings.skip_eula, exact: true }),
    ).not.toBeChecked();
    await expectNoAxeViolations(page);
    await editDialog.getByRole('button', { name: texts.form.save }).click();
    await expect(page.getByText(fill(texts.done.updated, { name }), { exact: true })).toBeVisible();
    await expect(card.getByText(texts.settings.none, { exact: true })).toBeVisible();
    await expect(card.getByText('Reception & lobby', { exact: true })).toBeVisible();
    await expect(card.getByText(texts.settings.skip_eula, { exact: true })).toHaveCount(0);

    // Delete: one confirmation naming the profile and the customer, Cancel first.
    await card
      .getByRole('button', { name: fill(texts.actions.deleteLabel, { name }), exact: true })
      .click();
    const deleteDialog = page.getByRole('dialog', { name: fill(texts.delete.title, { name }) });
    await expect(deleteDialog).toContainText(
      fill(texts.delete.body, { name, customer: customer.companyName }),
    );
    await expect(deleteDialog).toContainText(texts.delete.cannotUndo);
    await expect(deleteDialog).toContainText(texts.delete.unused);
    await expect(deleteDialog.getByRole('button', { name: texts.delete.cancel })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expect(deleteDialog.getByRole('button', { name: texts.delete.confirm })).toBeFocused();
    await page.keyboard.press('Enter');

    const deleted = page.getByText(fill(texts.done.deleted, { name }), { exact: true });
    await expect(deleted).toBeVisible();
    await expect(deleted).toBeFocused();
    await expect(profileCard(page, name)).toHaveCount(0);
    await page.reload();
    await expect(profileCard(page, inUse.name)).toBeVisible();
    await expect(profileCard(page, name)).toHaveCount(0);
    expect(posts).toHaveLength(1);
  });

  test('a profile that devices use cannot be deleted: said before trying, with the way to its devices, and Partner Center’s 409 is explained too', async ({
    page,
  }) => {
    const count = inUseDevices.length;
    await openSignedIn(page, profilesPath, accounts.admin);
    const card = profileCard(page, inUse.name);
    await expect(
      card.getByRole('link', { name: devicesLinkName(count, inUse.name) }),
    ).toBeVisible();

    await card
      .getByRole('button', {
        name: fill(texts.actions.deleteLabel, { name: inUse.name }),
        exact: true,
      })
      .click();
    const dialog = page.getByRole('dialog', {
      name: fill(texts.delete.title, { name: inUse.name }),
    });
    await expect(dialog).toContainText(
      fill(texts.delete.inUse_other, { formatted: formatted(count), name: inUse.name }),
    );
    await expect(dialog.getByRole('button', { name: texts.delete.confirm })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await dialog
      .getByRole('link', {
        name: fill(texts.delete.showDevices_other, { formatted: formatted(count) }),
      })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === profileDevicesPath(inUse.id));
    await expect(
      page.getByRole('heading', {
        name: fill(texts.devices.title, { name: inUse.name }),
        level: 2,
      }),
    ).toBeVisible();

    // A list that says no device uses it (out of date): the dashboard tries, Partner Center refuses.
    const policyList = (url: URL) => url.pathname.endsWith(`/v1/customers/${customer.id}/policies`);
    await page.route(policyList, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { id: string; devicesAssigned?: number }[] };
      for (const item of body.items) if (item.id === inUse.id) item.devicesAssigned = 0;
      await route.fulfill({ response, json: body });
    });
    await page.goto(profilesPath);
    await profileCard(page, inUse.name)
      .getByRole('button', {
        name: fill(texts.actions.deleteLabel, { name: inUse.name }),
        exact: true,
      })
      .click();
    await expect(dialog).toContainText(texts.delete.unused);
    await dialog.getByRole('button', { name: texts.delete.confirm }).click();
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText(fill(texts.delete.refusedTitle, { name: inUse.name }));
    await expect(refusal).toContainText(`is assigned to ${formatted(count)} devices`);
    await expect(refusal).toContainText(/Request id/);
    await expect(dialog.getByRole('button', { name: texts.delete.confirm })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expect(
      refusal.getByRole('link', { name: texts.delete.showDevicesAfterRefusal }),
    ).toHaveAttribute('href', profileDevicesPath(inUse.id));
    await page.unroute(policyList);
    await page.goto(profilesPath);
    await expect(profileCard(page, inUse.name)).toBeVisible();
  });

  test('the devices-by-profile page lists the customer’s devices with that profile, across its batches', async ({
    page,
  }) => {
    await openSignedIn(page, profileDevicesPath(inUse.id), accounts.admin);
    await expect(
      page.getByRole('heading', {
        name: fill(texts.devices.title, { name: inUse.name }),
        level: 2,
      }),
    ).toBeVisible();
    await expect(
      page.getByText(
        fill(texts.devices.count_other, { formatted: formatted(inUseDevices.length) }),
        {
          exact: true,
        },
      ),
    ).toBeVisible();
    const table = page.getByRole('table', {
      name: fill(texts.devices.tableLabel, { name: inUse.name }),
    });
    const shown = Math.min(inUseDevices.length, 200);
    await expect(table.getByRole('row')).toHaveCount(shown + 1);

    const identified = inUseDevices.filter((device) => !device.hashOnly).slice(0, shown);
    for (const device of [...identified.slice(0, 3), ...identified.slice(-2)]) {
      const row = table.getByRole('row').filter({ hasText: device.serialNumber });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('link', { name: device.batchId, exact: true })).toHaveAttribute(
        'href',
        `/customers/${customer.id}/device-batches/${encodeURIComponent(device.batchId)}/devices`,
      );
    }
    const batchesUsed = new Set(inUseDevices.map((device) => device.batchId));
    for (const batchId of batchesUsed) {
      await expect(table.getByRole('link', { name: batchId, exact: true }).first()).toBeVisible();
    }
    const other = customer.batches
      .flatMap((batch) => generateDevices(batch.deviceSource, 0, batch.devicesServed))
      .find((device) => device.profileName !== inUse.name && !device.hashOnly);
    if (other) await expect(table.getByText(other.serialNumber, { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // An id the customer does not have: not found, with the way back.
    await page.goto(profileDevicesPath('00000000-0000-4000-8000-000000000000'));
    const notFound = page.getByRole('alert').filter({ hasText: texts.devices.notFoundTitle });
    await expect(notFound).toBeVisible();
    await notFound.getByRole('link', { name: texts.devices.backToProfiles }).click();
    await expect(heading(page)).toBeVisible();
  });
});

test.describe('Autopilot profiles, as a Sales agent', () => {
  test('sees the profiles but no way to change them, and why', async ({ page }) => {
    await openSignedIn(page, profilesPath, accounts.sales);
    await expect(heading(page)).toBeVisible();
    await expect(profileCard(page, inUse.name)).toBeVisible();
    await expect(page.getByText(texts.role.notAdminTitle, { exact: true })).toBeVisible();
    await expect(page.getByText(texts.role.notAdminBody, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: texts.actions.newProfile })).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: fill(texts.actions.editLabel, { name: inUse.name }) }),
    ).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: fill(texts.actions.deleteLabel, { name: inUse.name }) }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('Autopilot profiles when Partner Center fails a PUT or a DELETE', () => {
  // Each fault is aimed at the path of the profile its test created, so no other test's request
  // takes it.
  const inject = faultSuite('profiles-faults', {
    pathPattern: `/v1/customers/${customer.id}/policies/`,
  });
  const attempts = attemptsPerRequest; // the first and the client's retries of an idempotent request

  test('a 500 on PUT and on DELETE: retried, then shown with the ids and a retry that succeeds', async ({
    page,
    request,
  }) => {
    test.slow();
    const sent: string[] = [];
    page.on('request', (sentRequest) => {
      if (['PUT', 'DELETE'].includes(sentRequest.method())) sent.push(sentRequest.method());
    });
    await openSignedIn(page, profilesPath, accounts.admin);
    const name = hostileName('500');
    const card = await createProfileInPage(page, name, [texts.settings.skip_eula]);
    const policyPath = `/v1/customers/${customer.id}/policies/${await policyIdOf(card)}`;

    await inject(request, {
      pathPattern: policyPath,
      method: 'PUT',
      kind: 'server-error',
      times: attempts,
    });
    await card
      .getByRole('button', { name: fill(texts.actions.editLabel, { name }), exact: true })
      .click();
    const editDialog = page.getByRole('dialog', { name: fill(texts.form.editTitle, { name }) });
    await editDialog.getByRole('textbox', { name: texts.form.description }).fill('After a 500');
    await editDialog.getByRole('button', { name: texts.form.save }).click();
    const saveFailure = editDialog.getByRole('alert');
    await expect(saveFailure).toContainText(texts.form.saveFailedTitle, {
      timeout: longestRetryBackoffMs + expectTimeoutMs,
    });
    await expect(saveFailure).toContainText(/Request id/);
    expect(sent.filter((method) => method === 'PUT')).toHaveLength(attempts);
    await expectNoAxeViolations(page);
    await saveFailure.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText(fill(texts.done.updated, { name }), { exact: true })).toBeVisible();
    await expect(card.getByText('After a 500', { exact: true })).toBeVisible();

    await inject(request, {
      pathPattern: policyPath,
      method: 'DELETE',
      kind: 'server-error',
      times: attempts,
    });
    await card
      .getByRole('button', { name: fill(texts.actions.deleteLabel, { name }), exact: true })
      .click();
    const deleteDialog = page.getByRole('dialog', { name: fill(texts.delete.title, { name }) });
    await deleteDialog.getByRole('button', { name: texts.delete.confirm }).click();
    const deleteFailure = deleteDialog.getByRole('alert');
    await expect(deleteFailure).toContainText(texts.delete.failedTitle, {
      timeout: longestRetryBackoffMs + expectTimeoutMs,
    });
    await expect(deleteFailure).toContainText(/Request id/);
    expect(sent.filter((method) => method === 'DELETE')).toHaveLength(attempts);
    await expectNoAxeViolations(page);
    await deleteFailure.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText(fill(texts.done.deleted, { name }), { exact: true })).toBeVisible();
    await expect(profileCard(page, name)).toHaveCount(0);
  });

  test('a 429 on PUT and on DELETE is waited out: each is sent again after Retry-After and succeeds', async ({
    page,
    request,
  }) => {
    const sent: string[] = [];
    page.on('request', (sentRequest) => {
      if (['PUT', 'DELETE'].includes(sentRequest.method())) sent.push(sentRequest.method());
    });
    await openSignedIn(page, profilesPath, accounts.admin);
    const name = hostileName('429');
    const card = await createProfileInPage(page, name, [texts.settings.remove_oem_preinstalls]);
    const policyPath = `/v1/customers/${customer.id}/policies/${await policyIdOf(card)}`;

    await inject(request, {
      pathPattern: policyPath,
      method: 'PUT',
      kind: 'throttle',
      times: 1,
      retryAfterSeconds: 1,
    });
    await card
      .getByRole('button', { name: fill(texts.actions.editLabel, { name }), exact: true })
      .click();
    const editDialog = page.getByRole('dialog', { name: fill(texts.form.editTitle, { name }) });
    await editDialog
      .getByRole('checkbox', { name: texts.settings.skip_express_settings, exact: true })
      .check();
    await editDialog.getByRole('button', { name: texts.form.save }).click();
    await expect(page.getByText(fill(texts.done.updated, { name }), { exact: true })).toBeVisible();
    await expect(
      card.getByText(texts.settings.skip_express_settings, { exact: true }),
    ).toBeVisible();
    expect(sent.filter((method) => method === 'PUT')).toHaveLength(2);

    await inject(request, {
      pathPattern: policyPath,
      method: 'DELETE',
      kind: 'throttle',
      times: 1,
      retryAfterSeconds: 1,
    });
    await card
      .getByRole('button', { name: fill(texts.actions.deleteLabel, { name }), exact: true })
      .click();
    await page
      .getByRole('dialog', { name: fill(texts.delete.title, { name }) })
      .getByRole('button', { name: texts.delete.confirm })
      .click();
    await expect(page.getByText(fill(texts.done.deleted, { name }), { exact: true })).toBeVisible();
    expect(sent.filter((method) => method === 'DELETE')).toHaveLength(2);
  });
});

test.describe('Autopilot profiles on a phone', () => {
  test.use({ viewport: phoneViewport });

  test('at 390 px: the customer’s navigation, the list, a new profile and its dialog fit, and pass axe', async ({
    page,
  }) => {
    await openSignedInNarrow(page, batchesPath, accounts.admin);
    const nav = page.getByRole('navigation', { name: customersEn.header.pagesLabel });
    await expect(nav.getByRole('link', { name: customersEn.header.batchesPage })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await nav.getByRole('link', { name: customersEn.header.profilesPage }).click();
    await expect(heading(page)).toBeVisible();
    await expect(profileCard(page, inUse.name)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: texts.actions.newProfile, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: texts.form.createTitle });
    await expect(dialog).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const name = hostileName('phone');
    const card = await createProfileInPage(page, name, [texts.settings.oobe_user_not_local_admin]);
    await expect(
      card.getByText(texts.settings.oobe_user_not_local_admin, { exact: true }),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);

    await card
      .getByRole('button', { name: fill(texts.actions.deleteLabel, { name }), exact: true })
      .click();
    await page
      .getByRole('dialog', { name: fill(texts.delete.title, { name }) })
      .getByRole('button', { name: texts.delete.confirm })
      .click();
    await expect(page.getByText(fill(texts.done.deleted, { name }), { exact: true })).toBeVisible();

    await profileCard(page, inUse.name)
      .getByRole('link', { name: devicesLinkName(inUseDevices.length, inUse.name) })
      .click();
    await expect(
      page.getByText(
        fill(texts.devices.count_other, { formatted: formatted(inUseDevices.length) }),
        {
          exact: true,
        },
      ),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
