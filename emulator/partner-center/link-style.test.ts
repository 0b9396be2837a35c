import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyBatches } from '../seed/named-batches';
import { customerWithManyBatches } from '../seed/named-customers';
import type { LinkStyle } from './emulator-options';
import {
  collectionSchema,
  customerDetailSchema,
  customerListItemSchema,
  deviceBatchSchema,
  deviceSchema,
} from './test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

const customerPath = `/customers/${customerWithManyBatches.id}`;
const tenThousandPath = `${customerPath}/deviceBatches/${manyBatches.tenThousandDevices.id}/devices`;

/** Every link uri of the main responses, for one link style. */
async function linkUris(emulator: TestEmulator): Promise<string[]> {
  const customers = collectionSchema(customerListItemSchema).parse(
    (await emulator.request('/v1/customers?size=1')).body,
  );
  const customer = customerDetailSchema.parse((await emulator.request(`/v1${customerPath}`)).body);
  const batches = collectionSchema(deviceBatchSchema).parse(
    (await emulator.request(`/v1${customerPath}/deviceBatches`)).body,
  );
  const devices = collectionSchema(deviceSchema).parse(
    (
      await emulator.request(
        `/v1${customerPath}/deviceBatches/${encodeURIComponent(manyBatches.tenThousandDevices.id)}/devices`,
      )
    ).body,
  );
  return [
    customers.links?.self?.uri,
    customers.links?.next?.uri,
    customers.items[0]?.links?.self.uri,
    customers.items[0]?.companyProfile.links?.self.uri,
    customer.links?.self.uri,
    customer.companyProfile.links?.self.uri,
    batches.items.find((batch) => batch.id === manyBatches.tenThousandDevices.id)?.devicesLink.uri,
    devices.links?.next?.uri,
  ].map((uri) => uri ?? 'missing');
}

describe.each<[LinkStyle, string]>([
  ['relative', ''],
  ['v1', '/v1'],
])('link style %s', (linkStyle, prefix) => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ linkStyle });
  });
  afterAll(() => emulator.close());

  it(prefix === '' ? 'writes every link without /v1' : 'writes every link with /v1', async () => {
    const uris = await linkUris(emulator);
    expect(uris).not.toContain('missing');
    for (const uri of uris) {
      expect(uri.startsWith(`${prefix}/customers`), uri).toBe(true);
    }
    expect(uris).toContain(`${prefix}${tenThousandPath}`);
  });
});
