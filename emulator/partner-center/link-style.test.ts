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

/** Every link uri of the main responses, collection links first, then item links. */
async function linkUris(emulator: TestEmulator) {
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
  const present = (uris: (string | undefined)[]) => uris.map((uri) => uri ?? 'missing');
  return {
    collection: present([
      customers.links?.self?.uri,
      customers.links?.next?.uri,
      devices.links?.next?.uri,
    ]),
    item: present([
      customers.items[0]?.links?.self.uri,
      customers.items[0]?.companyProfile.links?.self.uri,
      customer.links?.self.uri,
      customer.companyProfile.links?.self.uri,
      batches.items.find((batch) => batch.id === manyBatches.tenThousandDevices.id)?.devicesLink
        .uri,
    ]),
  };
}

describe.each<[LinkStyle, { collection: string; item: string }]>([
  ['mixed', { collection: '/v1', item: '' }],
  ['relative', { collection: '', item: '' }],
  ['v1', { collection: '/v1', item: '/v1' }],
])('link style %s', (linkStyle, prefixes) => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ linkStyle });
  });
  afterAll(() => emulator.close());

  it(`writes collection links with "${prefixes.collection}" and item links with "${prefixes.item}" before /customers`, async () => {
    const uris = await linkUris(emulator);
    for (const kind of ['collection', 'item'] as const) {
      expect(uris[kind]).not.toContain('missing');
      for (const uri of uris[kind]) {
        expect(uri.startsWith(`${prefixes[kind]}/customers`), uri).toBe(true);
      }
    }
    expect(uris.item).toContain(`${prefixes.item}${tenThousandPath}`);
  });
});

describe('the default link style', () => {
  it('is the documented mix: /v1 on a collection’s own links, none on an item’s (§1.3)', async () => {
    const emulator = await startTestEmulator();
    try {
      const customers = collectionSchema(customerListItemSchema).parse(
        (await emulator.request('/v1/customers?size=40')).body,
      );
      expect(customers.links?.self?.uri).toBe('/v1/customers?size=40');
      expect(customers.items[0]?.links?.self.uri).toBe(
        `/customers/${customers.items[0]?.id ?? ''}`,
      );
    } finally {
      await emulator.close();
    }
  });
});
