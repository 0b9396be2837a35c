import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import {
  formulaInjectionValue,
  hostileDevices,
  manyBatches,
  markupInjectionValue,
} from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const batch = manyBatches.hostileValues;
const devicesPath = `/customers/${customerWithManyBatches.id}/device-batches/${encodeURIComponent(batch.id)}/devices`;
const table = (page: Page) => page.getByRole('region', { name: 'Devices in this batch' });

/** RFC 4180: fields separated by commas, quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else field += character;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

async function readDownload(download: Download): Promise<{ bytes: Buffer; rows: string[][] }> {
  const bytes = await readFile(await download.path());
  return { bytes, rows: parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, '')) };
}

test.describe('exporting a batch’s devices to CSV', () => {
  test('shows hostile values as text, and neutralises them in the CSV', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openSignedIn(page, devicesPath);
    await expect(page.getByText('All 6 devices loaded.')).toBeVisible();

    await expect(table(page).getByText(markupInjectionValue, { exact: true })).toBeVisible();
    await expect(table(page).getByText(formulaInjectionValue, { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(scripts.filter((url) => url.includes('download-devices-csv'))).toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export 6 devices to CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Imported from CSV - devices.csv');
    expect(scripts.filter((url) => url.includes('download-devices-csv'))).toHaveLength(1);

    const { bytes, rows } = await readDownload(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...devices] = rows;
    expect(header).toEqual([
      'Serial number',
      'Product key',
      'Hardware hash',
      'Model',
      'Manufacturer',
      'Autopilot profile',
      'Uploaded',
      'Uploaded by',
      'Device id',
    ]);
    expect(devices).toHaveLength(batch.devicesCount);
    const byId = new Map(devices.map((row) => [row[8], row]));
    const cell = (id: string, column: number) => byId.get(id)?.[column];
    const [formula, markup, plus, minus, at] = hostileDevices;
    expect(cell(formula.id, 0)).toBe(`'${formulaInjectionValue}`);
    expect(cell(markup.id, 3)).toBe(markupInjectionValue);
    expect(cell(plus.id, 0)).toBe("'+31205550100");
    expect(cell(minus.id, 1)).toBe("'-3280219463321");
    expect(cell(at.id, 4)).toBe("'@SUM(1+1)");
    // Nothing else in the file starts like a formula.
    for (const value of devices.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('exports only the devices the search and filters show', async ({ page }) => {
    await openSignedIn(page, `${devicesPath}?q=${encodeURIComponent('=cmd')}`);
    await expect(page.getByText('Showing 1 of 6 devices')).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export 1 device to CSV' }).click();
    const { rows } = await readDownload(await downloading);
    expect(rows.slice(1).map((row) => row[0])).toEqual([`'${formulaInjectionValue}`]);
  });

  test('in presenter mode the file holds what the screen shows: no key, hash or address', async ({
    page,
  }) => {
    // 250 devices with product keys, hardware hashes and uploaders' addresses (the presenter's too).
    const shown = manyBatches.processing;
    const pages: Promise<{ items: Record<string, string | undefined>[] }>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith(`/deviceBatches/${encodeURIComponent(shown.id)}/devices`)) {
        pages.push(response.json() as Promise<{ items: Record<string, string | undefined>[] }>);
      }
    });
    await openSignedIn(
      page,
      `/customers/${customerWithManyBatches.id}/device-batches/${encodeURIComponent(shown.id)}/devices?presenter=on`,
    );
    await expect(page.getByText(`All ${String(shown.devicesCount)} devices loaded.`)).toBeVisible();
    await expect(page.getByText(/^Presenter mode: the export masks/)).toBeVisible();
    const devices = (await Promise.all(pages)).flatMap((body) => body.items);
    const secrets = devices.flatMap((device) =>
      [device.productKey, device.hardwareHash, device.uploadedBy].filter(
        (value): value is string =>
          value !== undefined && (value.length > 8 || value.includes('@')),
      ),
    );
    expect(secrets.length, 'keys, hashes and addresses in the batch').toBeGreaterThan(0);

    const downloading = page.waitForEvent('download');
    await page
      .getByRole('button', { name: `Export ${String(shown.devicesCount)} devices to CSV` })
      .click();
    const { rows } = await readDownload(await downloading);
    const cells = rows.slice(1).flat();
    expect(rows.length - 1).toBe(shown.devicesCount);
    expect(cells.filter((cell) => secrets.some((secret) => cell.includes(secret)))).toEqual([]);
    expect(
      cells.some((cell) => /^••••••••\d{4}$/.test(cell)),
      'a masked product key',
    ).toBe(true);
    expect(cells).toContain('••••••••@contoso-partner.example');
  });
});
