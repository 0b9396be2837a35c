import { readFile } from 'node:fs/promises';
import { deviceChangesEn as texts } from '../src/features/device-changes/i18n/device-changes-en';
import { devicesEn } from '../src/features/devices/i18n/devices-en';
import { expectNoAxeViolations } from './support/axe';
import { longestRetryBackoffMs } from './support/retry-plan';
import { expectTimeoutMs } from './support/timeouts';
import {
  allLoaded,
  batchesPath,
  changesCustomer,
  devicesTable,
  fill,
  openNewBatch,
  selectionBar,
} from './support/device-changes';
import { clearFaults, injectFault } from './support/emulator';
import { expect, test } from './support/test';

/**
 * Deregistering devices (issue 16) against the real local servers: each test registers a batch of
 * its own (support/device-changes.ts), so faults aimed at its devices' paths hit its requests only
 * and these tests may run beside any other.
 */
/**
 * Each test's own fault scope: a test clearing its faults when it ends must not clear those of a
 * test of this file running beside it in another worker.
 */
const scope = () => `device-changes-deregister:${test.info().testId}`;

test.describe('deregistering devices', () => {
  // A batch registered and its job waited out first, then the DELETEs, and axe on each step.
  test.slow();
  test.afterEach(async ({ request }) => {
    await clearFaults(request, scope());
  });

  test('an Admin agent deregisters 2 devices, with the CSV before and after, and the batch’s count drops by 2', async ({
    page,
    request,
  }) => {
    const { batchId, devices } = await openNewBatch(page, request, {
      label: 'deregister',
      count: 5,
    });
    await expect(allLoaded(page, 5)).toBeVisible();
    await expect(page.getByText('5 devices', { exact: true })).toBeVisible();
    const [first, second] = devices;
    if (!first || !second) throw new Error('no devices');
    for (const device of [first, second]) {
      await devicesTable(page)
        .getByRole('checkbox', {
          name: fill(devicesEn.selection.selectDevice, { device: device.serialNumber }),
        })
        .check();
    }
    await expect(
      devicesTable(page).getByRole('checkbox', { name: /^Select all 5 devices shown$/ }),
    ).toHaveJSProperty('indeterminate', true);
    await selectionBar(page).getByRole('button', { name: texts.actions.deregister }).click();

    const dialog = page.getByRole('dialog', { name: texts.deregister.title });
    await expect(dialog).toContainText(
      fill(texts.deregister.what_other, {
        formatted: 2,
        batch: batchId,
        customer: changesCustomer.companyName,
      }),
    );
    await expect(dialog).toContainText(texts.deregister.notIntune);
    await expect(dialog).toContainText(texts.deregister.cannotUndo);
    await expect(dialog.getByRole('button', { name: texts.deregister.cancel })).toBeFocused();
    await expectNoAxeViolations(page);

    const before = page.waitForEvent('download');
    await dialog.getByRole('button', { name: texts.deregister.downloadBefore }).click();
    const beforeLines = (await readFile(await (await before).path()))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(beforeLines[0]).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model',
    );
    expect(beforeLines.slice(1).sort()).toEqual(
      [first, second]
        .map((device) =>
          [device.serialNumber, '', device.hardwareHash, device.manufacturer, device.model].join(
            ',',
          ),
        )
        .sort(),
    );

    await dialog
      .getByRole('button', { name: fill(texts.deregister.confirm_other, { formatted: 2 }) })
      .click();
    await expect(page).toHaveURL(/\/device-changes\/[^?]+\?kind=deregister&/);
    await expect(
      page.getByRole('heading', { name: fill(texts.tracker.deregisterTitle, { batch: batchId }) }),
    ).toBeVisible();
    await expect(page.getByText(texts.tracker.deregister.finished)).toBeVisible();
    await expect(
      page.getByText(
        fill(texts.tracker.deregister.counts, { deregistered: 2, alreadyGone: 0, refused: 0 }),
        { exact: false },
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    const after = page.waitForEvent('download');
    await page.getByRole('button', { name: texts.tracker.deregister.downloadAfter }).click();
    const afterText = (await readFile(await (await after).path())).toString('utf8');
    expect(afterText).toContain(first.hardwareHash);
    expect(afterText).toContain(second.serialNumber);

    // A reload shows the same finished change, from what this browser kept, and sends nothing.
    const deletes: string[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'DELETE') deletes.push(sent.url());
    });
    await page.reload();
    await expect(page.getByText(texts.tracker.deregister.finished)).toBeVisible();
    expect(deletes).toEqual([]);

    await page
      .getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: batchId }) })
      .click();
    await expect(allLoaded(page, 3)).toBeVisible();
    await expect(page.getByText('3 devices', { exact: true })).toBeVisible();
    await expect(devicesTable(page)).not.toContainText(first.serialNumber);
    await page.getByRole('link', { name: devicesEn.breadcrumbs.deviceBatches }).click();
    await expect(page).toHaveURL((url) => url.pathname === batchesPath);
    await expect(
      page.getByRole('link', { name: `3 devices in ${batchId}`, exact: true }),
    ).toBeVisible();
  });

  test.describe('when another tab was quicker', () => {
    // The DELETE answers 404, which the browser logs as a failed resource.
    test.use({ allowedConsoleErrors: [/Failed to load resource.*404/] });

    test('deregistering a device another tab removed meanwhile says it was already deregistered', async ({
      page,
      request,
    }) => {
      const { batchId, devices, api } = await openNewBatch(page, request, {
        label: 'gone',
        count: 3,
      });
      await expect(allLoaded(page, 3)).toBeVisible();
      const [first] = devices;
      if (!first) throw new Error('no devices');
      await devicesTable(page)
        .getByRole('checkbox', {
          name: fill(devicesEn.selection.selectDevice, { device: first.serialNumber }),
        })
        .check();
      await selectionBar(page).getByRole('button', { name: texts.actions.deregister }).click();
      const dialog = page.getByRole('dialog', { name: texts.deregister.title });
      await expect(dialog).toBeVisible();

      // Another tab deregisters it first.
      const removed = (await api.devicesOf(changesCustomer.id, batchId)).find(
        (device) => device.serialNumber === first.serialNumber,
      );
      if (!removed) throw new Error('the device is not listed');
      await api.deregister(changesCustomer.id, batchId, removed.id);

      await dialog
        .getByRole('button', { name: fill(texts.deregister.confirm_one, { formatted: 1 }) })
        .click();
      await expect(page.getByText(texts.tracker.deregister.finished)).toBeVisible();
      const results = page.getByRole('table', { name: texts.tracker.deregister.resultsLabel });
      await expect(results.getByRole('row').filter({ hasText: first.serialNumber })).toContainText(
        texts.tracker.deregister.outcome.alreadyGone,
      );
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });

  test('in presenter mode “Deregister…” stays hidden until the presenter switches it on', async ({
    page,
    request,
  }) => {
    const { devices } = await openNewBatch(page, request, {
      label: 'presenter',
      count: 2,
      search: '?presenter=on',
    });
    await expect(allLoaded(page, 2)).toBeVisible();
    await devicesTable(page)
      .getByRole('checkbox', { name: fill(devicesEn.selection.selectAll_other, { formatted: 2 }) })
      .check();
    await expect(
      selectionBar(page).getByRole('button', { name: texts.actions.deregister }),
    ).toHaveCount(0);
    await selectionBar(page).getByRole('switch', { name: texts.actions.showDestructive }).check();
    await selectionBar(page).getByRole('button', { name: texts.actions.deregister }).click();
    const dialog = page.getByRole('dialog', { name: texts.deregister.title });
    await expect(dialog).toContainText(texts.deregister.downloadMasked);
    // Escape closes it without deregistering anything.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(allLoaded(page, 2)).toBeVisible();
    await expect(devicesTable(page)).toContainText(devices[0]?.serialNumber ?? '-');
    // No hash reaches the page, in presenter mode as elsewhere.
    const markup = await page.content();
    expect(devices.some((device) => markup.includes(device.hardwareHash))).toBe(false);
  });

  test.describe('when Partner Center fails', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('a 429 is waited out and a 500 retried by the client, then reported with its ids; the failed one tried again', async ({
      page,
      request,
    }) => {
      const { batchId, devices, api } = await openNewBatch(page, request, {
        label: 'faults',
        count: 2,
      });
      await expect(allLoaded(page, 2)).toBeVisible();
      const [throttled, failing] = devices;
      const retryAfterSeconds = 1;
      if (!throttled || !failing) throw new Error('no devices');
      const listed = await api.devicesOf(changesCustomer.id, batchId);
      const idOf = (serialNumber: string) =>
        listed.find((device) => device.serialNumber === serialNumber)?.id ?? '-';
      const devicePath = (serialNumber: string) =>
        `deviceBatches/${encodeURIComponent(batchId)}/devices/${idOf(serialNumber)}`;
      await injectFault(request, scope(), {
        pathPattern: devicePath(throttled.serialNumber),
        method: 'DELETE',
        kind: 'throttle',
        retryAfterSeconds,
        times: 1,
      });
      // More than the client's own retries (3): the device is reported refused.
      await injectFault(request, scope(), {
        pathPattern: devicePath(failing.serialNumber),
        method: 'DELETE',
        kind: 'server-error',
        times: 10,
      });

      await devicesTable(page)
        .getByRole('checkbox', {
          name: fill(devicesEn.selection.selectAll_other, { formatted: 2 }),
        })
        .check();
      await selectionBar(page).getByRole('button', { name: texts.actions.deregister }).click();
      await page
        .getByRole('dialog', { name: texts.deregister.title })
        .getByRole('button', { name: fill(texts.deregister.confirm_other, { formatted: 2 }) })
        .click();

      // The throttled DELETE waits its Retry-After; the failing one every backoff of the plan.
      await expect(page.getByText(texts.tracker.deregister.finishedWithProblems)).toBeVisible({
        timeout: retryAfterSeconds * 1000 + longestRetryBackoffMs + expectTimeoutMs,
      });
      const results = page.getByRole('table', { name: texts.tracker.deregister.resultsLabel });
      const row = (serialNumber: string) =>
        results.getByRole('row').filter({ hasText: serialNumber });
      await expect(row(throttled.serialNumber)).toContainText(
        texts.tracker.deregister.outcome.deregistered,
      );
      await expect(row(failing.serialNumber)).toContainText(
        texts.tracker.deregister.outcome.refused,
      );
      await expect(row(failing.serialNumber)).toContainText(
        'HTTP 500, code 800003: Unexpected service error',
      );
      await expect(row(failing.serialNumber)).toContainText(/Request ID [0-9a-f-]{36}/);
      await expectNoAxeViolations(page);

      await clearFaults(request, scope());
      await page
        .getByRole('button', {
          name: fill(texts.tracker.deregister.tryFailedAgain_one, { formatted: 1 }),
        })
        .click();
      await expect(page.getByText(texts.tracker.deregister.finished)).toBeVisible();
      await expect(row(failing.serialNumber)).toContainText(
        texts.tracker.deregister.outcome.deregistered,
      );
    });

    test('the DELETEs go on after a reload, where they stopped', async ({ page, request }) => {
      const { batchId, devices } = await openNewBatch(page, request, {
        label: 'resume',
        count: 3,
      });
      await expect(allLoaded(page, 3)).toBeVisible();
      const deleteLatencyMs = 3_000;
      // Every DELETE of this batch waits long enough for the page to be reloaded under it.
      await injectFault(request, scope(), {
        pathPattern: `deviceBatches/${encodeURIComponent(batchId)}/devices/`,
        method: 'DELETE',
        kind: 'latency',
        latencyMs: deleteLatencyMs,
        times: 3,
      });
      await devicesTable(page)
        .getByRole('checkbox', {
          name: fill(devicesEn.selection.selectAll_other, { formatted: 3 }),
        })
        .check();
      await selectionBar(page).getByRole('button', { name: texts.actions.deregister }).click();
      await page
        .getByRole('dialog', { name: texts.deregister.title })
        .getByRole('button', { name: fill(texts.deregister.confirm_other, { formatted: 3 }) })
        .click();
      await expect(page.getByText(texts.tracker.deregister.keepOpen)).toBeVisible();

      await page.reload();
      // The DELETEs that had reached Partner Center answer 404 now: "already deregistered".
      await expect(page.getByText(texts.tracker.deregister.finished)).toBeVisible({
        timeout: devices.length * deleteLatencyMs + expectTimeoutMs,
      });
      const results = page.getByRole('table', { name: texts.tracker.deregister.resultsLabel });
      for (const device of devices) {
        await expect(
          results.getByRole('row').filter({ hasText: device.serialNumber }),
        ).toContainText(/Deregistered|Already deregistered/);
      }
      await page
        .getByRole('link', { name: fill(texts.tracker.viewDevices, { batch: batchId }) })
        .click();
      await expect(page.getByText(devicesEn.table.noDevices)).toBeVisible();
    });
  });
});
