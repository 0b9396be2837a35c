import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { resolveLocationPath } from '@/lib/api-client/resolve-location-path';

const ids = { requestId: 'r1', correlationId: 'c1' };
const API = 'https://api.partnercenter.microsoft.com';
const PROXY = 'https://app.example/api/partner-center';
const STATUS_PATH = '/v1/customers/c1/batchJobStatus/t1';

describe('resolveLocationPath', () => {
  it.each([
    ['the bare form the API sends', '/customers/c1/batchJobStatus/t1'],
    ['the /v1 form', '/v1/customers/c1/batchJobStatus/t1'],
    ['a path without its leading slash', 'customers/c1/batchJobStatus/t1'],
    ['surrounding whitespace', ' /customers/c1/batchJobStatus/t1 '],
  ])('resolves %s behind the proxy', (_case, location) => {
    expect(resolveLocationPath(location, PROXY, ids)).toBe(STATUS_PATH);
  });

  it.each([
    ['absolute with /v1', `${API}/v1/customers/c1/batchJobStatus/t1`],
    ['absolute without /v1', `${API}/customers/c1/batchJobStatus/t1`],
    ['bare', '/customers/c1/batchJobStatus/t1'],
  ])('resolves the %s form on the API origin', (_case, location) => {
    expect(resolveLocationPath(location, API, ids)).toBe(STATUS_PATH);
  });

  it('reads the Location the dashboard’s server rewrote onto its proxy path', () => {
    expect(
      resolveLocationPath('/api/partner-center/v1/customers/c1/batchJobStatus/t1', PROXY, ids),
    ).toBe(STATUS_PATH);
    expect(
      resolveLocationPath('/api/partner-center/customers/c1/batchJobStatus/t1', PROXY, ids),
    ).toBe(STATUS_PATH);
  });

  it('keeps an absolute Location on the proxy base', () => {
    expect(resolveLocationPath(`${PROXY}/customers/c1/batchJobStatus/t1`, PROXY, ids)).toBe(
      STATUS_PATH,
    );
  });

  it('escapes what an id holds, once, and never reads ? or # as a query or fragment', () => {
    expect(resolveLocationPath('/customers/c1/batchJobStatus/a b?c#d%20e', PROXY, ids)).toBe(
      '/v1/customers/c1/batchJobStatus/a%20b%3Fc%23d%20e',
    );
  });

  it.each([
    ['another origin', 'https://evil.example/customers/c1/batchJobStatus/t1'],
    ['a scheme-relative host', '//evil.example/customers/c1/batchJobStatus/t1'],
    ['the API host behind the proxy', `${API}/v1/customers/c1/batchJobStatus/t1`],
    ['a same-origin path outside the base', 'https://app.example/customers/c1/batchJobStatus/t1'],
    ['a climb out of the base', '/customers/../../../../admin'],
    ['an encoded climb out of the base', '/v1/%2e%2e/%2E%2E/admin'],
    ['a malformed host', 'https://exa mple.com/customers/c1'],
  ])('refuses %s as foreign-link, with the ids of the answer', (_case, location) => {
    let thrown: unknown;
    try {
      resolveLocationPath(location, PROXY, ids);
    } catch (error) {
      thrown = error;
    }
    expect(isPartnerCenterError(thrown, 'foreign-link')).toBe(true);
    expect(thrown).toMatchObject(ids);
  });
});
