import { memoryStore } from '../testing/memory-store';
import {
  findRememberedChange,
  rememberChange,
  rememberedChangesLimit,
  type RememberedDeregistration,
} from './remembered-changes';

const change = (changeId: string, customerId = 'customer-a'): RememberedDeregistration => ({
  kind: 'deregister',
  changeId,
  customerId,
  batchId: 'Lab #3',
  startedAt: '2026-12-06T03:00:00.000Z',
  devices: [{ id: 'd1', serialNumber: 'SN1', outcome: 'pending' }],
});

describe('remembered changes', () => {
  it('finds a change by account, customer and id only', async () => {
    const store = memoryStore();
    await rememberChange(store, 'adele', change('c1'));
    expect(await findRememberedChange(store, 'adele', 'customer-a', 'c1')).toEqual(change('c1'));
    expect(await findRememberedChange(store, 'alex', 'customer-a', 'c1')).toBeUndefined();
    expect(await findRememberedChange(store, 'adele', 'customer-b', 'c1')).toBeUndefined();
  });

  it(`keeps the latest ${String(rememberedChangesLimit)} changes and deletes older ones`, async () => {
    const store = memoryStore();
    for (let index = 0; index < rememberedChangesLimit + 2; index += 1)
      await rememberChange(store, 'adele', change(`c${String(index)}`));
    expect(await findRememberedChange(store, 'adele', 'customer-a', 'c0')).toBeUndefined();
    expect(await findRememberedChange(store, 'adele', 'customer-a', 'c2')).toBeDefined();
    expect(store.values.size).toBe(rememberedChangesLimit + 1); // the changes and their list
  });

  it('ignores a malformed entry and an unreadable store', async () => {
    const store = memoryStore();
    store.values.set('device-changes:adele:customer-a:c1', { kind: 'deregister', changeId: 7 });
    expect(await findRememberedChange(store, 'adele', 'customer-a', 'c1')).toBeUndefined();
    const broken = { ...store, get: () => Promise.reject(new Error('no IndexedDB')) };
    expect(await findRememberedChange(broken, 'adele', 'customer-a', 'c1')).toBeUndefined();
  });
});
