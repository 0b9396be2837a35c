import rawExample from '@/lib/partner-center/fixtures/get-device-batches.nl.response.http?raw';
import { parseHttpResponseFixture } from '@/lib/partner-center/fixtures/parse-http-response-fixture';
import {
  deviceBatchCollectionSchema,
  deviceBatchSchema,
} from '@/lib/partner-center/device-batch-schema';

const batch = {
  id: 'Why? batch',
  creationDate: '2017-07-25T01:51:00',
  devicesCount: 5,
  devicesLink: {
    uri: '/customers/c1/deviceBatches/Why? batch/devices',
    method: 'GET',
    headers: [],
  },
};

describe('deviceBatchCollectionSchema', () => {
  it("accepts the docs' example response verbatim", () => {
    const example = parseHttpResponseFixture(rawExample);
    const parsed = deviceBatchCollectionSchema.parse(JSON.parse(example.body));

    expect(example.status).toBe(200);
    expect(parsed.totalCount).toBe(1);
    expect(parsed.items[0]).toMatchObject({
      id: 'Test batch',
      status: 'finished',
      devicesCount: 5,
      devicesLink: {
        uri: '/customers/47021739-3426-40bf-9601-61b4b6d7c793/deviceBatches/Test batch/devices',
      },
    });
  });

  it('requires the collection attributes', () => {
    expect(deviceBatchCollectionSchema.safeParse({ totalCount: 0, items: [] }).success).toBe(false);
  });
});

describe('deviceBatchSchema', () => {
  it('accepts a batch without status, as the resource definition has none', () => {
    expect(deviceBatchSchema.parse(batch).status).toBeUndefined();
  });

  it('accepts an undocumented status and unknown extra fields', () => {
    const parsed = deviceBatchSchema.safeParse({ ...batch, status: 'paused', futureField: 1 });
    expect(parsed.success && parsed.data.status).toBe('paused');
  });

  it('accepts createdBy and link headers', () => {
    const devicesLink = { ...batch.devicesLink, headers: [{ key: 'X', value: 'y' }] };
    expect(deviceBatchSchema.parse({ ...batch, createdBy: 'Contoso', devicesLink })).toMatchObject({
      createdBy: 'Contoso',
      devicesLink: { headers: [{ key: 'X', value: 'y' }] },
    });
  });

  it.each(['id', 'creationDate', 'devicesCount', 'devicesLink'])(
    'rejects a batch without %s',
    (field) => {
      const incomplete = Object.fromEntries(Object.entries(batch).filter(([key]) => key !== field));
      expect(deviceBatchSchema.safeParse(incomplete).success).toBe(false);
    },
  );

  it('rejects a devicesLink without a uri', () => {
    const devicesLink = { method: 'GET', headers: [] };
    expect(deviceBatchSchema.safeParse({ ...batch, devicesLink }).success).toBe(false);
  });

  it('rejects a non-numeric devicesCount', () => {
    expect(deviceBatchSchema.safeParse({ ...batch, devicesCount: '5' }).success).toBe(false);
  });
});
