import { deviceChangesEn as texts } from '../src/features/device-changes/i18n/device-changes-en';
import { devicesEn } from '../src/features/devices/i18n/devices-en';
import { expectNoAxeViolations } from './support/axe';
import {
  allLoaded,
  changesCustomer,
  devicesTable,
  fill,
  openNewBatch,
  selectionBar,
  woodgroveStandard,
} from './support/device-changes';
import { expectNoHorizontalScroll, phoneViewport } from './support/narrow-screen';
import { expect, test } from './support/test';

/**
 * The device actions on a phone held upright (390 px): the selection bar, both dialogs and the
 * tracker fit the width, work by keyboard and pass axe. No PATCH is sent here: the assign suite
 * aims faults at the customer's one PATCH path (see device-changes.spec.ts).
 */
test.describe('device actions at 390 px', () => {
  test.slow();

  test('ticks a device, reviews a profile, deregisters it and follows the tracker, all within the width', async ({
    page,
    request,
  }) => {
    const { batchId, devices } = await openNewBatch(page, request, { label: 'narrow', count: 3 });
    await page.setViewportSize(phoneViewport);
    await expect(allLoaded(page, 3)).toBeVisible();
    const [first] = devices;
    if (!first) throw new Error('no devices');

    // The table scrolls in its own box; its checkbox is reached by keyboard like any control.
    const box = devicesTable(page).getByRole('checkbox', {
      name: fill(devicesEn.selection.selectDevice, { device: first.serialNumber }),
    });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(selectionBar(page).getByRole('status')).toHaveText(
      fill(devicesEn.selection.count_one, { formatted: 1 }),
    );
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    await selectionBar(page).getByRole('button', { name: texts.actions.assign }).click();
    const assign = page.getByRole('dialog', { name: texts.assign.title });
    await assign.getByRole('radio', { name: woodgroveStandard }).check();
    await assign.getByRole('button', { name: texts.assign.next }).click();
    await expect(assign).toContainText(
      fill(texts.assign.confirmWhat_one, {
        formatted: 1,
        batch: batchId,
        customer: changesCustomer.companyName,
        profile: woodgroveStandard,
      }),
    );
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    // Focus stays in the dialog; Escape leaves it without sending anything.
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('Tab');
      expect(await assign.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(assign).toBeHidden();

    await selectionBar(page).getByRole('button', { name: texts.actions.deregister }).click();
    const deregister = page.getByRole('dialog', { name: texts.deregister.title });
    await expect(deregister).toContainText(texts.deregister.notIntune);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await deregister
      .getByRole('button', { name: fill(texts.deregister.confirm_one, { formatted: 1 }) })
      .click();

    await expect(page.getByText(texts.tracker.deregister.finished)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page
      .getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: batchId }) })
      .click();
    await expect(allLoaded(page, 2)).toBeVisible();
  });
});
