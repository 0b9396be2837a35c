import { assignmentHref, deregistrationHref, readChangeAddress } from './change-address';

const customerId = '7d1f0c2e-5b3a-4c6d-8e9f-a0b1c2d3e4f5';

describe('change addresses', () => {
  it('hold an assignment’s batch, profile and every tracking id, and read back the same', () => {
    const href = assignmentHref(customerId, {
      batchId: 'R&D #3 100%',
      policyId: 'p-1',
      trackingIds: ['t1', 't2', 't3'],
    });
    expect(href).toBe(
      `/customers/${customerId}/device-changes/t1?kind=assign&batch=R%26D+%233+100%25&profile=p-1&also=t2&also=t3`,
    );
    const url = new URL(href, 'http://localhost');
    expect(readChangeAddress('t1', url.searchParams)).toEqual({
      kind: 'assign',
      batchId: 'R&D #3 100%',
      policyId: 'p-1',
      trackingIds: ['t1', 't2', 't3'],
    });
  });

  it('hold a deregistration’s id and batch, and say when the kind is missing', () => {
    const href = deregistrationHref(customerId, { changeId: 'c-1', batchId: 'Lab #3' });
    expect(href).toBe(`/customers/${customerId}/device-changes/c-1?kind=deregister&batch=Lab+%233`);
    expect(readChangeAddress('c-1', new URLSearchParams('batch=Lab'))).toEqual({
      kind: 'unknown',
      batchId: 'Lab',
    });
  });
});
