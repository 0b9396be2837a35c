import { manyBatches } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import { customersEn } from '../src/features/customers/i18n/customers-en';
import { customersNl } from '../src/features/customers/i18n/customers-nl';
import { deviceChangesEn } from '../src/features/device-changes/i18n/device-changes-en';
import { deviceChangesNl } from '../src/features/device-changes/i18n/device-changes-nl';
import { devicesEn } from '../src/features/devices/i18n/devices-en';
import { devicesNl } from '../src/features/devices/i18n/devices-nl';
import { profilesEn } from '../src/features/profiles/i18n/profiles-en';
import { profilesNl } from '../src/features/profiles/i18n/profiles-nl';
import { commonEn } from '../src/lib/i18n/locales/common-en';
import { commonNl } from '../src/lib/i18n/locales/common-nl';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { fill } from './support/device-changes';
import { dutchPageCheck } from './support/dutch-page';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/**
 * The device actions' dialogs and the profiles page in Dutch (issue 16), opened and left without
 * sending anything: Northwind's "Test batch" and profiles stay as the seed made them, so this runs
 * beside every other suite.
 */
const northwind = customerWithManyBatches;
const batch = manyBatches.testBatch;
const devicesPath = `/customers/${northwind.id}/device-batches/${encodeURIComponent(batch.id)}/devices`;
const profiles = createSeedCatalogue(defaultSeed).findCustomer(northwind.id)?.policies ?? [];

const expectNoEnglishOrKeys = dutchPageCheck([
  [commonEn, commonNl],
  [customersEn, customersNl],
  [devicesEn, devicesNl],
  [deviceChangesEn, deviceChangesNl],
  [profilesEn, profilesNl],
]);

test.use({ locale: 'nl-NL' });

test('an Admin agent’s device actions and the profiles page are in Dutch, and nothing is sent until confirmed', async ({
  page,
}) => {
  const writes: string[] = [];
  page.on('request', (sent) => {
    // Partner Center's calls only: MSAL's own POSTs go to the identity provider.
    if (sent.method() !== 'GET' && sent.url().includes('/api/partner-center/')) {
      writes.push(`${sent.method()} ${sent.url()}`);
    }
  });
  await openSignedIn(page, devicesPath, accounts.admin);
  const count = batch.devicesCount;
  await expect(page.getByText(`Alle ${String(count)} apparaten geladen.`)).toBeVisible();

  // Every shown device ticked, the bar says how many, in Dutch.
  await page
    .getByRole('checkbox', {
      name: fill(devicesNl.selection.selectAll_other, { formatted: count }),
    })
    .check();
  const bar = page.getByRole('group', { name: devicesNl.selection.barLabel });
  await expect(bar.getByRole('status')).toHaveText(
    fill(devicesNl.selection.count_other, { formatted: count }),
  );

  // Assigning: the profiles to choose from, then the one confirmation naming what and where.
  await bar.getByRole('button', { name: deviceChangesNl.actions.assign }).click();
  const assign = page.getByRole('dialog', { name: deviceChangesNl.assign.title });
  const profile = profiles[1]?.name ?? '';
  await assign.getByRole('radio', { name: profile }).check();
  await expectNoEnglishOrKeys(page);
  await expectNoAxeViolations(page);
  await assign.getByRole('button', { name: deviceChangesNl.assign.next }).click();
  await expect(assign).toContainText(
    fill(deviceChangesNl.assign.confirmWhat_other, {
      formatted: count,
      batch: batch.id,
      customer: northwind.companyName,
      profile,
    }),
  );
  await expect(assign).toContainText(deviceChangesNl.assign.whenApplied);
  await expectNoEnglishOrKeys(page);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(assign).toBeHidden();

  // Deregistering: what happens, what does not (Intune, Entra ID), and that it cannot be undone.
  await bar.getByRole('button', { name: deviceChangesNl.actions.deregister }).click();
  const deregister = page.getByRole('dialog', { name: deviceChangesNl.deregister.title });
  await expect(deregister).toContainText(
    fill(deviceChangesNl.deregister.what_other, {
      formatted: count,
      batch: batch.id,
      customer: northwind.companyName,
    }),
  );
  await expect(deregister).toContainText(deviceChangesNl.deregister.notIntune);
  await expect(deregister).toContainText(deviceChangesNl.deregister.cannotUndo);
  await expectNoEnglishOrKeys(page);
  await expectNoAxeViolations(page);
  await deregister.getByRole('button', { name: deviceChangesNl.deregister.cancel }).click();
  await expect(deregister).toBeHidden();

  // The customer's profiles, their settings in words, and the new-profile dialog.
  await page
    .getByRole('navigation', { name: customersNl.header.pagesLabel })
    .getByRole('link', { name: customersNl.header.profilesPage })
    .click();
  await expect(
    page.getByRole('heading', { name: profilesNl.page.title, level: 2, exact: true }),
  ).toBeVisible();
  const list = page.getByRole('list', { name: profilesNl.page.listLabel, exact: true });
  for (const seeded of profiles) {
    await expect(list.getByRole('heading', { name: seeded.name, level: 3 })).toBeVisible();
  }
  await expectNoEnglishOrKeys(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: profilesNl.actions.newProfile, exact: true }).click();
  const create = page.getByRole('dialog', { name: profilesNl.form.createTitle });
  await expect(create.getByRole('textbox', { name: profilesNl.form.name })).toBeFocused();
  await expectNoEnglishOrKeys(page);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();

  expect(writes, 'nothing sent to Partner Center without a confirmation').toEqual([]);
});
