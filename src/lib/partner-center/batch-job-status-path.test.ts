import {
  batchJobStatusPath,
  parseBatchJobStatusPath,
} from '@/lib/partner-center/batch-job-status-path';

describe('parseBatchJobStatusPath', () => {
  it.each([
    '/v1/customers/c1/batchJobStatus/t1',
    '/customers/c1/batchJobStatus/t1',
    '/v1/customers/c1/batchjobstatus/t1/',
    '/V1/Customers/c1/BatchJobStatus/t1',
  ])('reads the customer and tracking id from %s', (path) => {
    expect(parseBatchJobStatusPath(path)).toEqual({ customerId: 'c1', trackingId: 't1' });
  });

  it('decodes escaped ids', () => {
    expect(parseBatchJobStatusPath('/v1/customers/c%201/batchJobStatus/t%2F1')).toEqual({
      customerId: 'c 1',
      trackingId: 't/1',
    });
  });

  it.each([
    '/v1/customers/c1/deviceBatches/t1',
    '/v1/customers/c1/batchJobStatus',
    '/v1/customers//batchJobStatus/t1',
    '/v1/customers/c1/batchJobStatus/t1/devices',
    '/v1/customers/../batchJobStatus/t1',
    '/v1/customers/c1/batchJobStatus/%2e%2e',
    '/v1/customers/c1/batchJobStatus/%E0%A4%A',
    'https://api.partnercenter.microsoft.com/v1/customers/c1/batchJobStatus/t1',
    '/v1/customers/c1/batchJobStatus/t1?x=1',
  ])('is undefined for %s', (path) => {
    expect(parseBatchJobStatusPath(path)).toBeUndefined();
  });
});

describe('batchJobStatusPath', () => {
  it('builds the path back, escaping each id as one segment', () => {
    const ref = { customerId: 'c1', trackingId: 'a/b c' };
    expect(batchJobStatusPath(ref)).toBe('/v1/customers/c1/batchJobStatus/a%2Fb%20c');
    expect(parseBatchJobStatusPath(batchJobStatusPath(ref))).toEqual(ref);
  });
});
