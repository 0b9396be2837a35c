import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerWithManyBatches,
  docsExampleCustomer,
  namedCustomers,
} from '../seed/named-customers';
import {
  collectionSchema,
  customerDetailSchema,
  customerListItemSchema,
  deviceBatchSchema,
  deviceSchema,
  policySchema,
} from './test-support/contract-schemas';
import { docsDeviceBatchesExample } from './test-support/docs-device-batches-example';
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

const batchesSchema = collectionSchema(deviceBatchSchema);

describe('the docs example for device batches', () => {
  it('passes the same schema as the emulator', () => {
    expect(batchesSchema.safeParse(JSON.parse(docsDeviceBatchesExample)).success).toBe(true);
  });

  it('is what the emulator answers for the docs customer', async () => {
    const response = await emulator.request(
      `/v1/customers/${docsExampleCustomer.id}/deviceBatches`,
    );
    expect(response.body).toEqual(JSON.parse(docsDeviceBatchesExample));
  });
});

describe('responses match the contract in docs/partner-center-api.md', () => {
  it('customers list', async () => {
    const response = await emulator.request('/v1/customers?size=50');
    expect(collectionSchema(customerListItemSchema).parse(response.body).items).toHaveLength(50);
  });

  it('every named customer by id, its batches, policies and first devices page', async () => {
    for (const customer of namedCustomers) {
      const live = 'wireForms' in customer && customer.wireForms === 'live';
      const base = `/v1/customers/${customer.id}`;
      customerDetailSchema.parse((await emulator.request(base)).body);
      collectionSchema(policySchema).parse((await emulator.request(`${base}/policies`)).body);
      const batchesBody = (await emulator.request(`${base}/deviceBatches`)).body;
      const batches = live
        ? liveCollectionSchema(liveDeviceBatchSchema).parse(batchesBody)
        : batchesSchema.parse(batchesBody);
      const devicesSchema = live
        ? liveCollectionSchema(liveDeviceSchema)
        : collectionSchema(deviceSchema);
      for (const batch of batches.items.slice(0, 3)) {
        const devicesPath = `${base}/deviceBatches/${encodeURIComponent(batch.id)}/devices`;
        devicesSchema.parse((await emulator.request(devicesPath)).body);
      }
    }
  });

  it('the list shape leaves out what only the get-by-id shape has (§6.1, §6.3)', async () => {
    const response = await emulator.request('/v1/customers?size=1');
    const [customer] = collectionSchema(customerListItemSchema).parse(response.body).items;
    for (const detailOnly of ['commerceId', 'billingProfile', 'allowDelegatedAccess']) {
      expect(customer).not.toHaveProperty(detailOnly);
    }
  });

  it('a batch’s devices link is host-relative, without /v1, with the raw batch name', async () => {
    const response = await emulator.request(
      `/v1/customers/${customerWithManyBatches.id}/deviceBatches`,
    );
    const uris = batchesSchema.parse(response.body).items.map((batch) => batch.devicesLink.uri);
    expect(uris).toContain(
      `/customers/${customerWithManyBatches.id}/deviceBatches/Why? batch/devices`,
    );
    expect(uris).toContain(
      `/customers/${customerWithManyBatches.id}/deviceBatches/Ölçü cihazları – Q3/devices`,
    );
  });
});
