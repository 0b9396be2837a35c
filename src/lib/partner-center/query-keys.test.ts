import { QueryClient } from '@tanstack/react-query';
import { partnerCenterKeys as keys } from '@/lib/partner-center/query-keys';

const start = { target: '/v1/customers/c1/deviceBatches/b1/devices' };

describe('partnerCenterKeys', () => {
  it('produces the arrays the features use', () => {
    expect(keys.customerLists()).toEqual(['customers', 'list']);
    expect(keys.customerList('fab')).toEqual(['customers', 'list', { search: 'fab' }]);
    expect(keys.customer('c1')).toEqual(['customers', 'c1']);
    expect(keys.deviceBatches('c1')).toEqual(['customers', 'c1', 'device-batches']);
    expect(keys.batchDevices('c1', 'b1')).toEqual([
      'customers',
      'c1',
      'device-batches',
      'b1',
      'devices',
    ]);
    expect(keys.batchDevicesFirstPage('c1', 'b1', start)).toEqual([
      ...keys.batchDevices('c1', 'b1'),
      'first-page',
      start,
    ]);
    expect(keys.batchDevicesEveryPage('c1', 'b1', start)).toEqual([
      ...keys.batchDevices('c1', 'b1'),
      'every-page',
      start,
    ]);
    expect(keys.batchJobStatus('c1', 't1')).toEqual(['customers', 'c1', 'batch-job-status', 't1']);
    expect(keys.policies('c1')).toEqual(['customers', 'c1', 'policies']);
  });

  describe('invalidation', () => {
    const entries = {
      list: keys.customerList(''),
      customer: keys.customer('c1'),
      batches: keys.deviceBatches('c1'),
      firstPage: keys.batchDevicesFirstPage('c1', 'b1', start),
      everyPage: keys.batchDevicesEveryPage('c1', 'b1', start),
      otherBatch: keys.batchDevicesFirstPage('c1', 'b2', start),
      upload: keys.batchJobStatus('c1', 't1'),
      otherCustomer: keys.deviceBatches('c2'),
    };

    async function invalidatedBy(queryKey: readonly unknown[]): Promise<string[]> {
      const client = new QueryClient();
      for (const key of Object.values(entries)) client.setQueryData(key, 'data');
      await client.invalidateQueries({ queryKey, refetchType: 'none' });
      return Object.entries(entries)
        .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
        .map(([name]) => name);
    }

    it('of a customer reaches everything below it, and nothing of another customer', async () => {
      await expect(invalidatedBy(keys.customer('c1'))).resolves.toEqual([
        'customer',
        'batches',
        'firstPage',
        'everyPage',
        'otherBatch',
        'upload',
      ]);
    });

    it("of a customer's batches reaches every batch's devices, not the upload status", async () => {
      await expect(invalidatedBy(keys.deviceBatches('c1'))).resolves.toEqual([
        'batches',
        'firstPage',
        'everyPage',
        'otherBatch',
      ]);
    });

    it("of a batch's devices reaches both of its page queries only", async () => {
      await expect(invalidatedBy(keys.batchDevices('c1', 'b1'))).resolves.toEqual([
        'firstPage',
        'everyPage',
      ]);
    });

    it('of every customer reaches everything', async () => {
      await expect(invalidatedBy(keys.customers())).resolves.toHaveLength(8);
    });
  });
});
