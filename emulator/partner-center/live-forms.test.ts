import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsetDotNetDate } from '../seed/dotnet-dates';
import { liveFormsBatches } from '../seed/live-forms-customer';
import { customerWithManyBatches, liveFormsCustomer } from '../seed/named-customers';
import { apiErrorSchema } from './test-support/contract-schemas';
import { linkHeaders, linkPath } from './test-support/link-path';
import {
  liveCollectionSchema,
  liveDeviceBatchSchema,
  liveDeviceSchema,
} from './test-support/live-forms-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const batchesPage = liveCollectionSchema(liveDeviceBatchSchema);
const devicesPage = liveCollectionSchema(liveDeviceSchema);
const batchesPath = (customerId: string) => `/v1/customers/${customerId}/deviceBatches`;
const liveBatchesPath = batchesPath(liveFormsCustomer.id);

async function firstPage() {
  return batchesPage.parse((await emulator.request(liveBatchesPath)).body);
}

/** Every page of a batch list, following `links.next` as the SDK does (uri + headers). */
async function allBatchPages(on: TestEmulator, path: string) {
  const pages = [];
  let next: { path: string; headers: Record<string, string> } | undefined = { path, headers: {} };
  while (next !== undefined) {
    const response = await on.request(next.path, { headers: next.headers });
    expect(response.status).toBe(200);
    const page = batchesPage.parse(response.body);
    pages.push(page);
    const link = page.links.next;
    next = link && { path: linkPath(link.uri), headers: linkHeaders(link.headers) };
  }
  return pages;
}

describe('the live-forms customer’s batch list', () => {
  it('pages: five batches, a continuation token and links.next carrying MS-ContinuationToken', async () => {
    const first = await firstPage();
    expect(first.items).toHaveLength(5);
    expect(first.continuationToken).toBeDefined();
    expect(first.links.next).toEqual({
      uri: `/v1/customers/${liveFormsCustomer.id}/deviceBatches?seekOperation=Next`,
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: first.continuationToken }],
      body: null,
    });
    const pages = await allBatchPages(emulator, liveBatchesPath);
    expect(pages.map((page) => page.items.length)).toEqual([5, 3]);
    expect(pages[1]?.links).toEqual({});
    expect(pages[1]).not.toHaveProperty('continuationToken');
    expect(pages.flatMap((page) => page.items.map((batch) => batch.id))).toEqual(
      Object.values(liveFormsBatches).map((batch) => batch.id),
    );
  });

  it('writes each batch in the forms its position calls for', async () => {
    const batches = (await allBatchPages(emulator, liveBatchesPath)).flatMap((page) => page.items);
    expect(
      batches.map((batch) => ('deviceCount' in batch ? 'deviceCount' : 'devicesCount')),
    ).toEqual([
      'devicesCount',
      'deviceCount',
      'devicesCount',
      'deviceCount',
      'devicesCount',
      'deviceCount',
      'devicesCount',
      'deviceCount',
    ]);
    const linkForm = (link: object) =>
      !('headers' in link) ? 'bare' : 'body' in link ? 'body null' : 'headers only';
    expect(batches.map((batch) => linkForm(batch.devicesLink))).toEqual([
      'body null',
      'bare',
      'headers only',
      'body null',
      'bare',
      'headers only',
      'body null',
      'bare',
    ]);
    expect(batches.find((batch) => !('headers' in batch.devicesLink))?.devicesLink).toEqual({
      uri: `/customers/${liveFormsCustomer.id}/deviceBatches/Reception kiosks/devices`,
      method: 'GET',
    });
  });

  it('has batches without status, an unknown status, null createdBy and every date form', async () => {
    const batches = (await allBatchPages(emulator, liveBatchesPath)).flatMap((page) => page.items);
    expect(batches.filter((batch) => !('status' in batch)).map((batch) => batch.id)).toEqual([
      liveFormsBatches.autopilotImport.id,
      liveFormsBatches.fieldEngineers.id,
      liveFormsBatches.imported2023.id,
    ]);
    expect(batches.map((batch) => batch.status)).toContain('archived');
    expect(batches.filter((batch) => batch.createdBy === null).length).toBeGreaterThan(2);
    const dates = batches.map((batch) => batch.creationDate);
    expect(dates).toContain(unsetDotNetDate);
    const zDigits = dates.flatMap((date) => /\.(\d+)Z$/.exec(date)?.[1]?.length ?? []);
    expect(new Set(zDigits)).toEqual(new Set([1, 2, 3, 6, 7]));
    expect(dates.some((date) => /[+-]\d{2}:\d{2}$/.test(date))).toBe(true);
    expect(dates.some((date) => /T\d{2}:\d{2}:\d{2}$/.test(date))).toBe(true);
  });

  it('refuses half a next link: the token without seekOperation, or the other way round', async () => {
    const { continuationToken = '' } = await firstPage();
    const withoutSeek = await emulator.request(liveBatchesPath, {
      headers: { 'MS-ContinuationToken': continuationToken },
    });
    const withoutToken = await emulator.request(`${liveBatchesPath}?seekOperation=Next`);
    const otherCustomer = await emulator.request(
      `${batchesPath(customerWithManyBatches.id)}?seekOperation=Next`,
      { headers: { 'MS-ContinuationToken': continuationToken } },
    );
    for (const response of [withoutSeek, withoutToken, otherCustomer]) {
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(response.body).code).toBe(800002);
    }
  });
});

describe('the live-forms customer’s devices', () => {
  const devicesPath = `${liveBatchesPath}/${encodeURIComponent(liveFormsBatches.autopilotImport.id)}/devices`;

  it('write null for what a device lacks: hash-only devices, non-GUID ids, unset dates', async () => {
    const page = devicesPage.parse((await emulator.request(devicesPath)).body);
    const [, hashOnly, nonGuid, unsetDate] = page.items;
    expect(hashOnly).toMatchObject({
      serialNumber: null,
      productKey: null,
      modelName: null,
      oemManufacturerName: null,
    });
    expect(hashOnly?.hardwareHash).toMatch(/^T0Fi/);
    expect(nonGuid?.id).toMatch(/^\d{4}(?:-\d{4}){5}-\d{2}$/);
    expect(unsetDate?.uploadedDate).toBe(unsetDotNetDate);
    expect(page.items.some((device) => device.uploadedBy === null)).toBe(true);
    expect(page.items.some((device) => device.policies[0]?.value === null)).toBe(true);
    expect(page.links.next).toMatchObject({ body: null, method: 'GET' });
  });

  it('page on like any batch’s devices, and end with links {}', async () => {
    const first = devicesPage.parse((await emulator.request(devicesPath)).body);
    const second = devicesPage.parse(
      (
        await emulator.request(linkPath(first.links.next?.uri ?? ''), {
          headers: linkHeaders(first.links.next?.headers),
        })
      ).body,
    );
    expect([first.items.length, second.items.length]).toEqual([100, 20]);
    expect(second.links).toEqual({});
  });
});

describe('liveForms: every customer in live forms (EMULATOR_LIVE_FORMS=1)', () => {
  let everywhere: TestEmulator;
  beforeAll(async () => {
    everywhere = await startTestEmulator({ liveForms: true });
  });
  afterAll(() => everywhere.close());

  it('pages any customer’s batch list and writes its batches and devices in live forms', async () => {
    const path = batchesPath(customerWithManyBatches.id);
    const pages = await allBatchPages(everywhere, path);
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2]);
    const [batch] = pages[0]?.items ?? [];
    const devices = await everywhere.request(
      `${path}/${encodeURIComponent(batch?.id ?? '')}/devices`,
    );
    expect(devicesPage.parse(devices.body).items.length).toBeGreaterThan(0);
  });
});
