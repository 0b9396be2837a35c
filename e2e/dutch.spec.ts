import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { manyBatches, type NamedBatch } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { customersEn } from '../src/features/customers/i18n/customers-en';
import { customersNl } from '../src/features/customers/i18n/customers-nl';
import { deviceBatchesEn } from '../src/features/device-batches/i18n/device-batches-en';
import { deviceBatchesNl } from '../src/features/device-batches/i18n/device-batches-nl';
import { devicesEn } from '../src/features/devices/i18n/devices-en';
import { devicesNl } from '../src/features/devices/i18n/devices-nl';
import { commonEn } from '../src/lib/i18n/locales/common-en';
import { commonNl } from '../src/lib/i18n/locales/common-nl';
import { expectNoAxeViolations } from './support/axe';
import { dutchPageCheck } from './support/dutch-page';
import { e2ePorts } from './support/e2e-ports';
import { emulatorUrl } from './support/emulator';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const northwind = customerWithManyBatches;
const batchesPath = `/customers/${northwind.id}/device-batches`;
const devicesPath = (batch: NamedBatch) => `${batchesPath}/${encodeURIComponent(batch.id)}/devices`;
const apiBase = `http://localhost:${e2ePorts.dashboard}/api/partner-center/`;

/** A number as nl-NL writes it, by hand so the test does not trust the browser's own Intl. */
const dutchNumber = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Fails when the page shows an English message or a bare catalogue key. */
const expectNoEnglishOrKeys = dutchPageCheck([
  [commonEn, commonNl],
  [customersEn, customersNl],
  [deviceBatchesEn, deviceBatchesNl],
  [devicesEn, devicesNl],
]);

/** Every request the browser sends to the Partner Center API, with the headers it really sent. */
function recordApiRequests(context: BrowserContext) {
  const sent: Promise<{ url: string; locale: string | undefined; requestId: string }>[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(apiBase)) return;
    sent.push(
      request.allHeaders().then((headers) => ({
        url: request.url(),
        locale: headers['x-locale'],
        requestId: headers['ms-requestid'] ?? '',
      })),
    );
  });
  return () => Promise.all(sent);
}

interface LoggedRequest {
  path: string;
  requestId: string;
  headers: Record<string, string>;
}

/** The emulator's own log (test mode): what reached Partner Center, through the dashboard. */
async function emulatorLog(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await request.get(`${emulatorUrl}/__emulator/requests`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

test.describe('with a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });

  test('the start page and the not-found page are in Dutch', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(
      page.getByRole('heading', { name: 'Welkom bij Zero-Touch Batches', level: 2 }),
    ).toBeVisible();
    await expect(page.getByText(commonNl.start.signInWith)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aanmelden' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Taal' })).toBeVisible();
    await expectNoEnglishOrKeys(page);
    await expectNoAxeViolations(page);

    await page.goto('/geen/pagina');
    await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(
      page.getByText(
        'Er is geen pagina op /geen/pagina. De link is misschien verkeerd getypt of verouderd.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar klanten' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expectNoEnglishOrKeys(page);
    await expectNoAxeViolations(page);
  });

  test('customers, batches and devices are in Dutch, with Dutch numbers and dates, and every request asks for nl-NL', async ({
    page,
    context,
    request,
  }) => {
    test.slow(); // three pages, one of them listing every customer
    const apiRequests = recordApiRequests(context);
    await openSignedIn(page, '/customers');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

    // Customers: every page of them, the count written the Dutch way.
    await expect(page.getByRole('heading', { name: 'Klanten', level: 2 })).toBeVisible();
    await expect(page).toHaveTitle('Klanten · Zero-Touch Batches');
    await expect(page.getByText('Kies een klant om zijn apparaatbatches te zien.')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Klanten zoeken' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Alle klanten' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'De eerste 100 klanten worden getoond.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Meer klanten laden' })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Alle klanten' }).getByText('Tenant-id').first(),
    ).toBeVisible();
    await expectNoEnglishOrKeys(page);
    await expectNoAxeViolations(page);

    // Device batches: statuses, a 10,000-device batch and the total in Dutch, a Dutch date.
    await page.goto(batchesPath);
    await expect(page.getByRole('heading', { name: 'Apparaatbatches', level: 2 })).toBeVisible();
    await expect(page).toHaveTitle('Apparaatbatches · Zero-Touch Batches');
    const table = page.getByRole('table', { name: 'Apparaatbatches' });
    const rowOf = (batch: NamedBatch) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: batch.id, exact: true }) });
    await expect(rowOf(manyBatches.queued)).toContainText('In wachtrij');
    await expect(rowOf(manyBatches.processing)).toContainText('Bezig');
    await expect(rowOf(manyBatches.testBatch)).toContainText('Voltooid');
    await expect(rowOf(manyBatches.withoutStatus)).toContainText('Geen status');
    const tenThousand = manyBatches.tenThousandDevices;
    await expect(
      rowOf(tenThousand).getByRole('link', { name: `10.000 apparaten in ${tenThousand.id}` }),
    ).toHaveText('10.000');
    const total = Object.values<NamedBatch>(manyBatches).reduce(
      (sum, batch) => sum + batch.devicesCount,
      0,
    );
    const summary = page.getByRole('region', { name: 'Overzicht' });
    await expect(summary).toContainText('12 batches');
    await expect(summary).toContainText(`${dutchNumber(total)} apparaten`);
    // The date the Dutch way on screen, how long ago under it, and to the second on hover.
    const created = rowOf(manyBatches.testBatch).locator('time');
    await expect(created).toHaveText('14 mrt 2023, 09:12');
    await expect(rowOf(manyBatches.testBatch)).toContainText(/(\d+ jaar geleden|vorig jaar)/);
    await created.hover();
    await expect(page.getByRole('tooltip')).toHaveText('Exacte tijd: 14 maart 2023 om 09:12:44');
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toBeHidden();
    await expectNoEnglishOrKeys(page);
    await expectNoAxeViolations(page);

    // A batch's devices.
    const batch = manyBatches.queued;
    await rowOf(batch)
      .getByRole('link', { name: `${String(batch.devicesCount)} apparaten in ${batch.id}` })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === devicesPath(batch));
    await expect(
      page.getByText(`Alle ${String(batch.devicesCount)} apparaten geladen.`),
    ).toBeVisible();
    await expect(page).toHaveTitle(`${batch.id} · Apparaten · Zero-Touch Batches`);
    const breadcrumb = page.getByRole('navigation', { name: 'Kruimelpad' });
    await expect(breadcrumb.getByRole('link', { name: 'Apparaatbatches' })).toBeVisible();
    const devices = page.getByRole('region', { name: 'Apparaten in deze batch' });
    for (const column of ['Serienummer', 'Productcode', 'Hardwarehash', 'Geüpload']) {
      await expect(devices.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    await expect(
      page.getByText(`${String(batch.devicesCount)} van ${String(batch.devicesCount)} apparaten`),
    ).toBeVisible();
    // Uploaded in 2025, written the Dutch way ("2 jun 2025, 08:00").
    await expect(devices.locator('time').first()).toHaveText(
      /^\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) \d{4}, \d{2}:\d{2}$/,
    );
    await expectNoEnglishOrKeys(page);
    await expectNoAxeViolations(page);

    const sent = await apiRequests();
    expect(sent.length).toBeGreaterThan(3);
    expect(
      sent.filter((sentRequest) => sentRequest.locale !== 'nl-NL'),
      'requests without X-Locale: nl-NL',
    ).toEqual([]);
    // And that is what reached Partner Center, through the dashboard's forwarding.
    const ids = new Set(sent.map((sentRequest) => sentRequest.requestId));
    const received = (await emulatorLog(request)).filter((logged) => ids.has(logged.requestId));
    expect(received.length).toBeGreaterThan(3);
    expect(
      received
        .filter((logged) => logged.headers['x-locale'] !== 'nl-NL')
        .map((logged) => logged.path),
    ).toEqual([]);
  });
});

test('switching to Dutch on the batches page asks Partner Center again in Dutch, and is remembered', async ({
  page,
  context,
}) => {
  await openSignedIn(page, batchesPath);
  await expect(page.getByRole('heading', { name: 'Device batches', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const askedInDutch = page.waitForRequest(
    async (sent) =>
      sent.url().startsWith(apiBase) &&
      sent.url().includes('/deviceBatches') &&
      (await sent.allHeaders())['x-locale'] === 'nl-NL',
  );
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Nederlands' }).click();
  await askedInDutch;
  await expect(page.getByRole('heading', { name: 'Apparaatbatches', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('region', { name: 'Overzicht' })).toContainText('12 batches');
  await expect(
    page
      .getByRole('table', { name: 'Apparaatbatches' })
      .getByRole('link', { name: `10.000 apparaten in ${manyBatches.tenThousandDevices.id}` }),
  ).toBeVisible();
  await expectNoEnglishOrKeys(page);
  await expectNoAxeViolations(page);

  const apiRequests = recordApiRequests(context);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Apparaatbatches', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('region', { name: 'Overzicht' })).toContainText('12 batches');
  await page.getByRole('button', { name: 'Taal' }).click();
  await expect(page.getByRole('menuitem', { name: 'Nederlands' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const sent = await apiRequests();
  expect(sent.filter((sentRequest) => sentRequest.url.includes('/deviceBatches'))).not.toEqual([]);
  expect(sent.filter((sentRequest) => sentRequest.locale !== 'nl-NL')).toEqual([]);
});
