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

  it('tolerates a collection without attributes or totalCount, but not without items', () => {
    expect(deviceBatchCollectionSchema.safeParse({ items: [] }).success).toBe(true);
    expect(deviceBatchCollectionSchema.safeParse({ totalCount: 0 }).success).toBe(false);
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

  it('rejects a batch without an id, readably', () => {
    const withoutId = Object.fromEntries(Object.entries(batch).filter(([key]) => key !== 'id'));
    const parsed = deviceBatchSchema.safeParse(withoutId);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['id']);
  });

  it.each(['creationDate', 'devicesCount', 'devicesLink'])(
    'reads a batch without %s, that field not given',
    (field) => {
      const incomplete = Object.fromEntries(Object.entries(batch).filter(([key]) => key !== field));
      const parsed = deviceBatchSchema.parse(incomplete);
      expect(parsed.id).toBe('Why? batch');
      expect(Object.entries(parsed).find(([key]) => key === field)?.[1]).toBeUndefined();
    },
  );

  it('reads the count spelled deviceCount (the resource table) as devicesCount', () => {
    const rest = Object.fromEntries(
      Object.entries(batch).filter(([key]) => key !== 'devicesCount'),
    );
    expect(deviceBatchSchema.parse({ ...rest, deviceCount: 7 })).toMatchObject({
      devicesCount: 7,
    });
    expect(deviceBatchSchema.parse({ ...rest, deviceCount: 7 })).not.toHaveProperty('deviceCount');
    expect(deviceBatchSchema.parse({ ...batch, deviceCount: 7 }).devicesCount).toBe(5);
  });

  it('reads a devicesLink without a uri, or a non-numeric devicesCount, as not given', () => {
    const parsed = deviceBatchSchema.parse({
      ...batch,
      devicesLink: { method: 'GET', headers: [] },
      devicesCount: '5',
    });
    expect(parsed.devicesLink).toBeUndefined();
    expect(parsed.devicesCount).toBeUndefined();
  });

  it('reads a link whose body is null and whose headers are missing', () => {
    const devicesLink = { uri: batch.devicesLink.uri, method: 'GET', body: null };
    expect(deviceBatchSchema.parse({ ...batch, devicesLink }).devicesLink).toEqual({
      uri: batch.devicesLink.uri,
      method: 'GET',
      headers: [],
      body: undefined,
    });
  });
});
