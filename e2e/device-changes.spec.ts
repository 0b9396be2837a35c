import type { Page } from '@playwright/test';
import { manyBatches } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { deviceChangesEn as texts } from '../src/features/device-changes/i18n/device-changes-en';
import { customersEn } from '../src/features/customers/i18n/customers-en';
import { devicesEn } from '../src/features/devices/i18n/devices-en';
import { profilesEn } from '../src/features/profiles/i18n/profiles-en';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import {
  allLoaded,
  changesCustomer,
  devicesPath,
  devicesTable,
  fill,
  openNewBatch,
  selectionBar,
  woodgroveStandard,
} from './support/device-changes';
import { clearFaults, injectFault } from './support/emulator';
import { createProfileInPage, profileCard } from './support/profiles';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';
import { uploadFinishTimeoutMs } from './support/upload-timing';

/**
 * Assigning profiles (issue 16) against the real local servers, each test on a batch of its own
 * (see support/device-changes.ts), and who is offered the device actions. Deregistering is in
 * device-changes-deregister.spec.ts, the phone-sized journey in device-changes-narrow.spec.ts.
 *
 * Every PATCH of the customer goes to one path (`…/DevicePolicyUpdates`), so a fault aimed at it
 * would hit any test's assignment: the tests that assign run one after another, in this file only.
 */
const scope = 'device-changes-assign';
const patchPath = `/v1/customers/${changesCustomer.id}/DevicePolicyUpdates`;
test.describe.configure({ mode: 'default' });

/** Chooses a profile in the open assign dialog and goes on to the confirmation. */
async function chooseProfile(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: texts.assign.title });
  await dialog.getByRole('radio', { name }).check();
  await dialog.getByRole('button', { name: texts.assign.next }).click();
  return dialog;
}

/** Ticks every device shown and opens the assign dialog. */
async function assignAllShown(page: Page, count: number) {
  await devicesTable(page)
    .getByRole('checkbox', {
      name: fill(
        count === 1 ? devicesEn.selection.selectAll_one : devicesEn.selection.selectAll_other,
        {
          formatted: count,
        },
      ),
    })
    .check();
  await selectionBar(page).getByRole('button', { name: texts.actions.assign }).click();
}

/** The customer's navigation: "Batches", "Autopilot profiles". */
const customerPages = (page: Page) =>
  page.getByRole('navigation', { name: customersEn.header.pagesLabel });

/** Every PATCH the page sends, by URL. */
function recordPatches(page: Page): string[] {
  const patches: string[] = [];
  page.on('request', (sent) => {
    if (sent.method() === 'PATCH') patches.push(sent.url());
  });
  return patches;
}

test.describe('assigning a profile', () => {
  // A batch registered and its job waited out, then a profile job, and axe on each step.
  test.slow();
  test.afterEach(async ({ request }) => {
    await clearFaults(request, scope);
  });

  test('an Admin agent assigns a new profile to 30 filtered devices, sees the tracker finish and the devices show it', async ({
    page,
    request,
  }) => {
    const { batchId } = await openNewBatch(page, request, {
      label: 'assign',
      count: 45,
      otherModel: 15,
      search: `?model=${encodeURIComponent('Latitude 5440')}`,
    });
    await expect(allLoaded(page, 45)).toBeVisible();

    // The profile is made where staff make it, on the customer's profiles page; then back.
    const profileName = `E2E <i>Kiosk</i> – Ölçü ${batchId.slice(-10)}`;
    await customerPages(page).getByRole('link', { name: customersEn.header.profilesPage }).click();
    const card = await createProfileInPage(
      page,
      profileName,
      [profilesEn.settings.skip_eula],
      'Front desk <b>only</b>',
    );
    await expect(card).toContainText(profilesEn.settings.skip_eula);
    await page.goBack();
    await expect(allLoaded(page, 45)).toBeVisible();
    await expect(page.getByText('Showing 30 of 45 devices')).toBeVisible();

    await devicesTable(page)
      .getByRole('checkbox', { name: fill(devicesEn.selection.selectAll_other, { formatted: 30 }) })
      .check();
    await expect(selectionBar(page).getByRole('status')).toHaveText(
      fill(devicesEn.selection.count_other, { formatted: 30 }),
    );
    await selectionBar(page).getByRole('button', { name: texts.actions.assign }).click();

    const dialog = page.getByRole('dialog', { name: texts.assign.title });
    const profile = dialog.getByRole('radio', { name: profileName });
    await expect(profile).toBeVisible();
    await expect(dialog).toContainText('Front desk <b>only</b>');
    await expectNoAxeViolations(page);
    await profile.check();
    await dialog.getByRole('button', { name: texts.assign.next }).click();
    await expect(dialog).toContainText(
      fill(texts.assign.confirmWhat_other, {
        formatted: 30,
        batch: batchId,
        customer: changesCustomer.companyName,
        profile: profileName,
      }),
    );
    await expect(dialog).toContainText(texts.assign.whenApplied);
    await expect(dialog).toContainText(texts.assign.othersUntouched);
    await expect(dialog.getByRole('button', { name: texts.assign.cancel })).toBeFocused();
    await expectNoAxeViolations(page);

    const patches = recordPatches(page);
    await dialog
      .getByRole('button', { name: fill(texts.assign.send_other, { formatted: 30 }) })
      .click();

    await expect(page).toHaveURL(/\/device-changes\/[^?]+\?kind=assign&/);
    await expect(
      page.getByRole('heading', { name: fill(texts.tracker.assignTitle, { batch: batchId }) }),
    ).toBeVisible();
    await expect(
      page.getByText(fill(texts.tracker.assign.profile, { profile: profileName })),
    ).toBeVisible();
    await expect(page.getByText(texts.tracker.assign.finished)).toBeVisible({
      timeout: uploadFinishTimeoutMs(),
    });
    await expect(
      page.getByRole('progressbar', { name: texts.tracker.progressLabel }),
    ).toHaveAttribute(
      'aria-valuetext',
      fill(texts.tracker.assign.progress, { done: 30, total: 30 }),
    );
    expect(patches, 'one PATCH, never resent').toHaveLength(1);
    await expectNoAxeViolations(page);

    // The tracker's address survives a reload.
    await page.reload();
    await expect(page.getByText(texts.tracker.assign.finished)).toBeVisible({
      timeout: uploadFinishTimeoutMs(),
    });

    await page
      .getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: batchId }) })
      .click();
    await expect(allLoaded(page, 45)).toBeVisible();
    await page.goto(devicesPath(batchId, `?profile=${encodeURIComponent(profileName)}`));
    await expect(allLoaded(page, 45)).toBeVisible();
    await expect(page.getByText('Showing 30 of 45 devices')).toBeVisible();
    await expect(devicesTable(page).locator('tbody tr[data-index]').first()).toContainText(
      profileName,
    );
    await expect(devicesTable(page).locator('i')).toHaveCount(0);

    // The profiles page counts the 30 devices, and links to them.
    await customerPages(page).getByRole('link', { name: customersEn.header.profilesPage }).click();
    await expect(
      profileCard(page, profileName).getByRole('link', {
        name: fill(profilesEn.profile.devicesLinkLabel_other, { formatted: 30, name: profileName }),
      }),
    ).toBeVisible();
  });

  test.describe('when the change cannot go through', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('a 500 on the PATCH: the outcome is unknown, it is never sent again, and the page says where to check', async ({
      page,
      request,
    }) => {
      await openNewBatch(page, request, { label: 'patch 500', count: 3 });
      await expect(allLoaded(page, 3)).toBeVisible();
      await injectFault(request, scope, {
        pathPattern: patchPath,
        method: 'PATCH',
        kind: 'server-error',
        times: 1,
      });
      const patches = recordPatches(page);
      await assignAllShown(page, 3);
      const dialog = await chooseProfile(page, woodgroveStandard);
      await dialog
        .getByRole('button', { name: fill(texts.assign.send_other, { formatted: 3 }) })
        .click();

      const alert = dialog.getByRole('alert').filter({ hasText: texts.assign.outcomeUnknownTitle });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(
        fill(texts.assign.outcomeUnknownBody, { request: 1, total: 1 }),
      );
      await expect(alert).toContainText(/Request id/i);
      await expect(alert.getByRole('button', { name: /send again|try again/i })).toHaveCount(0);
      await expect(alert.getByRole('button', { name: texts.assign.checkDevices })).toBeVisible();
      await expectNoAxeViolations(page);
      expect(patches, 'one PATCH, never resent').toHaveLength(1);
      await alert.getByRole('button', { name: texts.assign.checkDevices }).click();
      await expect(dialog).toBeHidden();
      expect(patches).toHaveLength(1);
    });

    test('a 429 on the PATCH: refused, nothing changed, and sent again on request', async ({
      page,
      request,
    }) => {
      await openNewBatch(page, request, { label: 'patch 429', count: 3 });
      await expect(allLoaded(page, 3)).toBeVisible();
      await injectFault(request, scope, {
        pathPattern: patchPath,
        method: 'PATCH',
        kind: 'throttle',
        retryAfterSeconds: 1,
        times: 1,
      });
      const patches = recordPatches(page);
      await assignAllShown(page, 3);
      const dialog = await chooseProfile(page, woodgroveStandard);
      await dialog
        .getByRole('button', { name: fill(texts.assign.send_other, { formatted: 3 }) })
        .click();

      const alert = dialog.getByRole('alert').filter({ hasText: texts.assign.throttledTitle });
      await expect(alert).toContainText(fill(texts.assign.throttledBody, { request: 1, total: 1 }));
      expect(patches).toHaveLength(1);
      await alert
        .getByRole('button', { name: fill(texts.assign.sendAgain_other, { formatted: 3 }) })
        .click();
      await expect(page.getByText(texts.tracker.assign.finished)).toBeVisible({
        timeout: uploadFinishTimeoutMs(),
      });
      expect(patches).toHaveLength(2);
    });

    test('a profile deleted meanwhile: said so, and another one chosen', async ({
      page,
      request,
    }) => {
      const { api } = await openNewBatch(page, request, { label: 'profile gone', count: 2 });
      const doomed = `E2E doomed ${String(Date.now())}`;
      const doomedId = await api.createProfile(changesCustomer.id, doomed, 'Deleted meanwhile');
      await expect(allLoaded(page, 2)).toBeVisible();
      await assignAllShown(page, 2);
      const dialog = await chooseProfile(page, doomed);
      await expect(dialog).toContainText(texts.assign.confirmTitle);

      // Someone deletes it (the profiles page, another person) before the confirmation.
      await api.deleteProfile(changesCustomer.id, doomedId);
      await dialog
        .getByRole('button', { name: fill(texts.assign.send_other, { formatted: 2 }) })
        .click();

      const alert = dialog.getByRole('alert').filter({ hasText: texts.assign.profileGoneTitle });
      await expect(alert).toContainText(
        fill(texts.assign.profileGoneBody, { profile: doomed, request: 1, total: 1 }),
      );
      await expectNoAxeViolations(page);
      await alert.getByRole('button', { name: texts.assign.chooseAnother }).click();
      await expect(dialog.getByRole('radio', { name: woodgroveStandard })).toBeVisible();
      await expect(dialog.getByRole('radio', { name: doomed })).toHaveCount(0);
      await chooseProfile(page, woodgroveStandard);
      await dialog
        .getByRole('button', { name: fill(texts.assign.send_other, { formatted: 2 }) })
        .click();
      await expect(page.getByText(texts.tracker.assign.finished)).toBeVisible({
        timeout: uploadFinishTimeoutMs(),
      });
    });
  });
});

test.describe('who is offered the device actions', () => {
  test('a device that may not be changed is left out, and the page says how many and why', async ({
    page,
  }) => {
    // Northwind's archived batch: its devices' allowedOperations are GET only. Nothing is written.
    const batch = manyBatches.unrecognisedStatus;
    await openSignedIn(
      page,
      `/customers/${customerWithManyBatches.id}/device-batches/${encodeURIComponent(batch.id)}/devices`,
      accounts.admin,
    );
    await expect(allLoaded(page, batch.devicesCount)).toBeVisible();
    await devicesTable(page)
      .getByRole('checkbox', {
        name: fill(devicesEn.selection.selectAll_other, { formatted: batch.devicesCount }),
      })
      .check();
    await expect(selectionBar(page)).toContainText(
      fill(texts.actions.assignSkipped_other, { formatted: batch.devicesCount }),
    );
    await expect(selectionBar(page)).toContainText(
      fill(texts.actions.deregisterSkipped_other, { formatted: batch.devicesCount }),
    );
    await expect(
      selectionBar(page).getByRole('button', { name: texts.actions.assign }),
    ).toBeDisabled();
    await expect(
      selectionBar(page).getByRole('button', { name: texts.actions.deregister }),
    ).toBeDisabled();
    await expectNoAxeViolations(page);
  });

  test('a Sales agent is offered no device action, and told why', async ({ page }) => {
    const batch = manyBatches.singleDevice;
    await openSignedIn(
      page,
      `/customers/${customerWithManyBatches.id}/device-batches/${encodeURIComponent(batch.id)}/devices`,
      accounts.sales,
    );
    await expect(allLoaded(page, 1)).toBeVisible();
    await expect(page.getByText(texts.role.needsAdminAgent)).toBeVisible();
    await expect(devicesTable(page).getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: texts.actions.assign })).toHaveCount(0);
    await expect(page.getByRole('button', { name: texts.actions.deregister })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
