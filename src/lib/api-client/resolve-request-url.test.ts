import { parseApiBase } from '@/lib/api-client/api-base';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import { resolveRequestUrl } from '@/lib/api-client/resolve-request-url';

const base = parseApiBase('https://app.example/api/partner-center');
const ids = { requestId: 'r1', correlationId: 'c1' };

describe('resolveRequestUrl', () => {
  it('returns a URL under the API base', () => {
    expect(resolveRequestUrl('/customers', base, false, ids).href).toBe(
      'https://app.example/api/partner-center/v1/customers',
    );
  });

  it.each([
    'https://evil.example/api/partner-center/v1/customers',
    'https://app.example/other/v1/customers',
    '/v1/../../x',
    'https://bad host/v1',
  ])('refuses %s as foreign-link, with the request ids', (uri) => {
    let thrown: unknown;
    try {
      resolveRequestUrl(uri, base, false, ids);
    } catch (error) {
      thrown = error;
    }
    expect(isPartnerCenterError(thrown, 'foreign-link')).toBe(true);
    expect(thrown).toMatchObject(ids);
  });
});
