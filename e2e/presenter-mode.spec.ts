import type { Page, Response } from '@playwright/test';
import { manyBatches, partnerTenantName } from '../emulator/seed/named-batches';
import {
  customerHiddenFromSalesAgent,
  customerWithManyBatches,
  customerWithoutBatches,
  docsExampleCustomer,
} from '../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import { expectNoAxeViolations } from './support/axe';
import { accounts } from './support/accounts';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;
const batchesPath = `/customers/${northwind.id}/device-batches`;
/** 40 devices, some with product keys and hardware hashes, uploaded by nobody on the partner's staff. */
const batch = manyBatches.queued;
const devicesPath = `${batchesPath}/${encodeURIComponent(batch.id)}/devices`;
const email = accounts.admin.username;

/** Customers Adele opens before presenting, so they are in her recents (and one in favourites). */
const visited = [docsExampleCustomer, customerHiddenFromSalesAgent, customerWithoutBatches];
/** Every customer of the demo data but the one on screen: none of them may be named. */
const otherCustomerNames = createSeedCatalogue(defaultSeed)
  .customers.filter((customer) => customer.id !== northwind.id)
  .map((customer) => customer.companyName);

/**
 * Everything the page holds as text, seen or not: every text node (hidden ones, portals and the
 * title included), every attribute value and every form field's value. The partner's own name
 * ("Contoso Partner Ltd", who created some batches) is taken out: it is not a customer's.
 */
async function everythingInTheDom(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const parts = [document.documentElement.textContent];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) parts.push(attribute.value);
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        parts.push(element.value);
      }
    }
    return parts.join('\n');
  });
  return text.replaceAll(partnerTenantName, '');
}

const namesIn = (text: string, names: readonly string[]) =>
  names.filter((name) => text.includes(name));

const badge = (page: Page) => page.getByRole('banner').getByText('Presenter mode', { exact: true });
const customerSwitcher = (page: Page) => page.getByRole('button', { name: /^Switch customer/ });
const customerHeader = (page: Page) => page.getByRole('region', { name: northwind.companyName });
const batchesTable = (page: Page) => page.getByRole('table', { name: 'Device batches' });

/** Leaves presenter mode the deliberate way: the header's button, then the dialog's confirmation. */
async function leavePresenterMode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await page
    .getByRole('dialog', { name: 'Leave presenter mode?' })
    .getByRole('button', { name: 'Leave presenter mode' })
    .click();
}

async function expectNothingAboutOthers(page: Page): Promise<void> {
  const text = await everythingInTheDom(page);
  expect(namesIn(text, otherCustomerNames), 'other customers named in the DOM').toEqual([]);
  expect(text, 'the signed-in email in the DOM').not.toContain(email);
}

/** Opens a customer's page, as a person would from a link, so it joins the recents. */
async function visit(page: Page, customer: { id: string; companyName: string }): Promise<void> {
  await page.goto(`/customers/${customer.id}/device-batches`);
  await expect(page.getByRole('region', { name: customer.companyName })).toBeVisible();
}

/** Product keys and hardware hashes of the batch, from the API responses the page itself gets. */
function recordDeviceSecrets(page: Page): () => Promise<{ keys: string[]; hashes: string[] }> {
  const responses: Response[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith(`/deviceBatches/${encodeURIComponent(batch.id)}/devices`)) {
      responses.push(response);
    }
  });
  return async () => {
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as {
      items: { productKey?: string; hardwareHash?: string }[];
    }[];
    const devices = bodies.flatMap((body) => body.items);
    return {
      keys: devices.flatMap((device) => device.productKey ?? []),
      hashes: devices.flatMap((device) => device.hardwareHash ?? []),
    };
  };
}

test.describe('presenter mode', () => {
  test('hides other customers, the email and every secret, through reloads, until left on purpose', async ({
    page,
  }) => {
    test.slow(); // several pages, each scanned whole
    await openSignedIn(page, `/customers/${docsExampleCustomer.id}/device-batches`);
    await expect(page.getByRole('region', { name: docsExampleCustomer.companyName })).toBeVisible();
    for (const customer of visited.slice(1)) await visit(page, customer);
    await page
      .getByRole('button', { name: `Pin ${customerWithoutBatches.companyName} to favourites` })
      .click();

    // Not presenting: the switcher, the email and the other customers are all there to be hidden.
    await page.goto('/customers');
    await expect(page.getByRole('list', { name: 'Recent customers' }).getByRole('link')).toHaveText(
      visited.map((customer) => customer.companyName).reverse(),
    );
    await expect(page.getByRole('list', { name: 'Favourites' })).toContainText(
      customerWithoutBatches.companyName,
    );
    await page.goto(batchesPath);
    await expect(customerHeader(page)).toBeVisible();
    await expect(customerSwitcher(page)).toBeVisible();
    expect(await everythingInTheDom(page)).toContain(email);
    await page.keyboard.press('Control+k');
    const switcherDialog = page.getByRole('dialog', { name: 'Switch customer' });
    await expect(switcherDialog.getByRole('list', { name: 'Recent customers' })).toContainText(
      docsExampleCustomer.companyName,
    );
    await page.keyboard.press('Escape');
    await expect(switcherDialog).toBeHidden();

    await page.getByRole('button', { name: 'Start presenter mode' }).click();
    await expect(badge(page)).toBeVisible();
    await expect(customerSwitcher(page)).toBeHidden();
    await expect(batchesTable(page).getByRole('row', { name: new RegExp(batch.id) })).toBeVisible();
    await expectNothingAboutOthers(page);
    await expectNoAxeViolations(page);

    // Ctrl+K opens no switcher while presenting.
    await page.keyboard.press('Control+k');
    await expect(switcherDialog).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.reload();
    await expect(badge(page)).toBeVisible();
    await expect(customerHeader(page)).toBeVisible();
    await expect(batchesTable(page).getByRole('row', { name: new RegExp(batch.id) })).toBeVisible();
    await expectNothingAboutOthers(page);

    // The customers page lists nobody: not the recents, not the favourites, not the directory.
    await page.goto('/customers');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The customer list is hidden in presenter mode' }),
    ).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expectNothingAboutOthers(page);
    await expectNoAxeViolations(page);

    // Leaving asks first; "stay" and Escape keep the mode on.
    await page.goto(batchesPath);
    await expect(customerHeader(page)).toBeVisible();
    const confirm = page.getByRole('dialog', { name: 'Leave presenter mode?' });
    await page.getByRole('button', { name: 'Leave presenter mode' }).click();
    await expect(confirm).toBeVisible();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Stay in presenter mode' }).click();
    await expect(confirm).toBeHidden();
    await expect(badge(page)).toBeVisible();
    await page.getByRole('button', { name: 'Leave presenter mode' }).click();
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(badge(page)).toBeVisible();
    await expectNothingAboutOthers(page);

    await page.getByRole('button', { name: 'Leave presenter mode' }).click();
    await confirm.getByRole('button', { name: 'Leave presenter mode' }).click();
    await expect(badge(page)).toBeHidden();
    await expect(customerSwitcher(page)).toBeVisible();
    await page.reload();
    await expect(customerHeader(page)).toBeVisible();
    await expect(customerSwitcher(page)).toBeVisible();
    await expect(badge(page)).toBeHidden();
    await expect(page.getByRole('banner')).toContainText(email);
  });

  test('masks every product key and hardware hash of a batch’s devices', async ({ page }) => {
    const deviceSecrets = recordDeviceSecrets(page);
    await openSignedIn(page, devicesPath);
    await expect(page.getByText(`All ${String(batch.devicesCount)} devices loaded.`)).toBeVisible();
    const { keys, hashes } = await deviceSecrets();
    expect(keys.length, 'devices with a product key').toBeGreaterThan(0);
    expect(hashes.length, 'devices with a hardware hash').toBeGreaterThan(0);
    // Not presenting, the first rows show their keys in full and the end of their hashes.
    const before = await everythingInTheDom(page);
    expect(keys.filter((key) => before.includes(key))).not.toEqual([]);
    expect(hashes.filter((hash) => before.includes(hash.slice(-8)))).not.toEqual([]);

    await page.getByRole('button', { name: 'Start presenter mode' }).click();
    await expect(badge(page)).toBeVisible();
    const table = page.getByRole('region', { name: 'Devices in this batch' });
    await expect(table.getByText(/^••••••••\d{4}$/).first()).toBeVisible();
    await expect(table.getByRole('button', { name: /^Show the full hardware hash/ })).toHaveCount(
      0,
    );
    await expectNoSecrets(page, keys, hashes);
    await expectNothingAboutOthers(page);
    await expectNoAxeViolations(page);

    // The rows further down, rendered only once scrolled to, are masked too.
    await table.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(
      table.locator(`tr[aria-rowindex="${String(batch.devicesCount + 1)}"]`),
    ).toBeVisible();
    await expectNoSecrets(page, keys, hashes);

    await page.reload();
    await expect(page.getByText(`All ${String(batch.devicesCount)} devices loaded.`)).toBeVisible();
    await expect(badge(page)).toBeVisible();
    await expectNoSecrets(page, keys, hashes);
  });

  test('names no uploader of a batch’s devices by address, the presenter included', async ({
    page,
  }) => {
    // 250 devices, many uploaded by the partner's staff, the signed-in presenter among them.
    const uploaded = manyBatches.processing;
    const pages: Promise<{ items: { uploadedBy?: string }[] }>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith(`/deviceBatches/${encodeURIComponent(uploaded.id)}/devices`)) {
        pages.push(response.json() as Promise<{ items: { uploadedBy?: string }[] }>);
      }
    });
    await openSignedIn(
      page,
      `${batchesPath}/${encodeURIComponent(uploaded.id)}/devices?presenter=on`,
    );
    await expect(
      page.getByText(`All ${String(uploaded.devicesCount)} devices loaded.`),
    ).toBeVisible();
    const uploaders = new Set(
      (await Promise.all(pages))
        .flatMap((body) => body.items)
        .flatMap((item) => (item.uploadedBy?.includes('@') ? [item.uploadedBy] : [])),
    );
    expect([...uploaders], 'the presenter uploaded some of these devices').toContain(email);

    const table = page.getByRole('region', { name: 'Devices in this batch' });
    await expect(table.getByText('••••••••@contoso-partner.example').first()).toBeVisible();
    for (const scrolled of [false, true]) {
      if (scrolled) {
        await table.evaluate((element) => {
          element.scrollTop = element.scrollHeight;
        });
        await expect(
          table.locator(`tr[aria-rowindex="${String(uploaded.devicesCount + 1)}"]`),
        ).toBeVisible();
      }
      const text = await everythingInTheDom(page);
      expect([...uploaders].filter((address) => text.includes(address))).toEqual([]);
      await expectNothingAboutOthers(page);
    }
  });

  test('opens straight into presenter mode from a bookmark, signing in on the way', async ({
    page,
  }) => {
    await openSignedIn(page, `${batchesPath}?presenter=on`);
    await expect(badge(page)).toBeVisible();
    await expect(customerHeader(page)).toBeVisible();
    await expect(customerSwitcher(page)).toBeHidden();
    await expectNothingAboutOthers(page);

    // Still on without the URL form, on another page and after a reload.
    await batchesTable(page)
      .getByRole('link', { name: new RegExp(`in ${batch.id}$`) })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === devicesPath && url.search === '');
    await page.reload();
    await expect(badge(page)).toBeVisible();
    await expect(page.getByText(`All ${String(batch.devicesCount)} devices loaded.`)).toBeVisible();
    await expectNothingAboutOthers(page);

    await leavePresenterMode(page);
    await expect(customerSwitcher(page)).toBeVisible();
    await expect(badge(page)).toBeHidden();
  });

  test('the URL form switches it on for someone already signed in, and leaving drops it', async ({
    page,
  }) => {
    await openSignedIn(page, `/customers/${docsExampleCustomer.id}/device-batches`);
    await expect(page.getByRole('region', { name: docsExampleCustomer.companyName })).toBeVisible();
    await page.goto(batchesPath);
    await expect(customerSwitcher(page)).toBeVisible();

    await page.goto(`${batchesPath}?presenter=on`);
    await expect(badge(page)).toBeVisible();
    await expect(customerHeader(page)).toBeVisible();
    await expect(customerSwitcher(page)).toBeHidden();
    await expectNothingAboutOthers(page);

    await leavePresenterMode(page);
    await expect(page).toHaveURL((url) => url.pathname === batchesPath && url.search === '');
    await page.reload();
    await expect(customerHeader(page)).toBeVisible();
    await expect(customerSwitcher(page)).toBeVisible();
    await expect(badge(page)).toBeHidden();
  });
});

async function expectNoSecrets(page: Page, keys: string[], hashes: string[]): Promise<void> {
  const text = await everythingInTheDom(page);
  expect(
    keys.filter((key) => text.includes(key)),
    'product keys in the DOM',
  ).toEqual([]);
  expect(
    hashes.filter((hash) => text.includes(hash.slice(-8))),
    'hardware hashes (or their ends) in the DOM',
  ).toEqual([]);
  expect(text, 'a 13-digit number in the DOM').not.toMatch(/\b\d{13}\b/);
}
