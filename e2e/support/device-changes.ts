import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { customerHiddenFromSalesAgent } from '../../emulator/seed/named-customers';
import { createSeedCatalogue, defaultSeed } from '../../emulator/seed/seed-catalogue';
import { accounts } from './accounts';
import { freshDevices, type CsvDevice } from './autopilot-csv';
import { nextApiAuthorization, partnerCenterApi } from './partner-center-api';
import { openSignedIn } from './sign-in';

/**
 * The customer the device change suites write to: Woodgrove Bank, which other suites only open
 * (its batch list, for the roles), never count the devices of, and which the profiles suite leaves
 * alone (emulator/README.md, "Which demo data to use"). Each test registers a batch of its own,
 * with devices no other test has, so the suites' tests can run side by side: faults are aimed at
 * that batch's path, counts are that batch's.
 */
export const changesCustomer = customerHiddenFromSalesAgent;

/** The customer's first profile ("Woodgrove Standard User"), which every test may assign. */
export const woodgroveStandard =
  createSeedCatalogue(defaultSeed).findCustomer(changesCustomer.id)?.policies[0]?.name ?? '-';

/** A catalogue message with its placeholders filled, as the page shows it. */
export const fill = (message: string, values: Record<string, string | number> = {}) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

export const devicesPath = (batchId: string, search = '') =>
  `/customers/${changesCustomer.id}/device-batches/${encodeURIComponent(batchId)}/devices${search}`;

export const batchesPath = `/customers/${changesCustomer.id}/device-batches`;

/** A batch name of this test's own, with characters that need escaping in an address. */
export const testBatchName = (label: string) => `E2E ${label} #${randomUUID().slice(0, 6)} & ü`;

export interface TestBatch {
  readonly batchId: string;
  readonly devices: readonly CsvDevice[];
  readonly api: ReturnType<typeof partnerCenterApi>;
}

/**
 * Signs in as the Admin agent, registers a batch of `count` fresh devices (the last `otherModel`
 * of them of another model, to filter by) through the API, then opens its devices page and waits
 * until every device is loaded. Returns the batch and the API, to play another tab with.
 */
export async function openNewBatch(
  page: Page,
  request: APIRequestContext,
  {
    label,
    count,
    otherModel = 0,
    search = '',
  }: {
    readonly label: string;
    readonly count: number;
    readonly otherModel?: number;
    readonly search?: string;
  },
): Promise<TestBatch> {
  const batchId = testBatchName(label);
  const devices = freshDevices(count).map((device, index) =>
    index >= count - otherModel ? { ...device, model: 'OptiPlex 7010' } : device,
  );
  const authorization = nextApiAuthorization(page);
  await openSignedIn(page, batchesPath, accounts.admin);
  const api = partnerCenterApi(request, await authorization);
  await api.registerBatch(changesCustomer.id, batchId, devices);
  await page.goto(devicesPath(batchId, search));
  return { batchId, devices, api };
}

/** "All N devices loaded." (or "1 device loaded."), as the devices page says when it is done. */
export const allLoaded = (page: Page, count: number) =>
  page.getByText(
    count === 1 ? '1 device loaded.' : `All ${count.toLocaleString('en-US')} devices loaded.`,
  );

export const devicesTable = (page: Page) =>
  page.getByRole('region', { name: 'Devices in this batch' });

export const selectionBar = (page: Page) => page.getByRole('group', { name: 'Selected devices' });
