import type { KeyValueStore } from '@/lib/storage/browser-store';
import {
  findRememberedUpload,
  readRememberedUploads,
  rememberUpload,
  rememberedUploadsLimit,
  type RememberedUpload,
} from './remembered-uploads';

function memoryStorage(): KeyValueStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
    del: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}

const upload = (uploadId: string, customerId = 'customer-a'): RememberedUpload => ({
  uploadId,
  customerId,
  batchId: 'Lab #3',
  createdBatch: true,
  requests: [{ trackingId: uploadId, deviceCount: 45 }],
  notSentDeviceCount: 0,
  startedAt: '2026-12-06T03:00:00.000Z',
});

describe('remembered uploads', () => {
  it('lists an account’s uploads for a customer, newest first', async () => {
    const storage = memoryStorage();
    await rememberUpload(storage, 'adele', upload('t1'));
    await rememberUpload(storage, 'adele', upload('t2'));

    const uploads = await readRememberedUploads(storage, 'adele', 'customer-a');
    expect(uploads.map((kept) => kept.uploadId)).toEqual(['t2', 't1']);
  });

  it('keeps each account’s and each customer’s uploads apart', async () => {
    const storage = memoryStorage();
    await rememberUpload(storage, 'adele', upload('t1'));
    await rememberUpload(storage, 'adele', upload('t2', 'customer-b'));

    expect(await readRememberedUploads(storage, 'alex', 'customer-a')).toEqual([]);
    expect(await findRememberedUpload(storage, 'adele', 'customer-b', 't1')).toBeUndefined();
    expect(await findRememberedUpload(storage, 'adele', 'customer-b', 't2')).toMatchObject({
      batchId: 'Lab #3',
    });
  });

  it('replaces an upload remembered again rather than listing it twice', async () => {
    const storage = memoryStorage();
    await rememberUpload(storage, 'adele', upload('t1'));
    await rememberUpload(storage, 'adele', { ...upload('t1'), notSentDeviceCount: 5 });

    const uploads = await readRememberedUploads(storage, 'adele', 'customer-a');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.notSentDeviceCount).toBe(5);
  });

  it(`keeps the latest ${String(rememberedUploadsLimit)} uploads`, async () => {
    const storage = memoryStorage();
    for (let index = 0; index < rememberedUploadsLimit + 3; index += 1)
      await rememberUpload(storage, 'adele', upload(`t${String(index)}`));

    const uploads = await readRememberedUploads(storage, 'adele', 'customer-a');
    expect(uploads).toHaveLength(rememberedUploadsLimit);
    expect(uploads[0]?.uploadId).toBe(`t${String(rememberedUploadsLimit + 2)}`);
  });

  it('ignores malformed entries and an unreadable store instead of failing the page', async () => {
    const storage = memoryStorage();
    storage.values.set('device-uploads:adele:customer-a', [{ uploadId: 7 }, upload('t1'), null]);
    expect(
      (await readRememberedUploads(storage, 'adele', 'customer-a')).map((kept) => kept.uploadId),
    ).toEqual(['t1']);

    const broken: KeyValueStore = {
      get: () => Promise.reject(new Error('IndexedDB is not available')),
      set: () => Promise.resolve(),
      del: () => Promise.resolve(),
    };
    expect(await readRememberedUploads(broken, 'adele', 'customer-a')).toEqual([]);
  });
});
