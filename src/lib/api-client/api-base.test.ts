import { formatApiBase, isWithinApiBase, parseApiBase } from '@/lib/api-client/api-base';

describe('parseApiBase', () => {
  it('resolves a same-origin path against the page origin', () => {
    expect(parseApiBase('/api/partner-center/')).toEqual({
      origin: window.location.origin,
      path: '/api/partner-center',
    });
  });

  it('reads an absolute base at the root', () => {
    const base = parseApiBase('https://api.partnercenter.microsoft.com');
    expect(base).toEqual({ origin: 'https://api.partnercenter.microsoft.com', path: '' });
    expect(formatApiBase(base)).toBe('https://api.partnercenter.microsoft.com');
  });

  it('rejects a base that is not http(s)', () => {
    expect(() => parseApiBase('ftp://example.com/api')).toThrow(/http/);
  });
});

describe('isWithinApiBase', () => {
  const proxy = parseApiBase('https://app.example/api/partner-center');
  const root = parseApiBase('https://api.partnercenter.microsoft.com');

  it.each([
    ['https://app.example/api/partner-center/v1/customers', true],
    ['https://app.example/api/partner-center', true],
    ['https://app.example/api/partner-centerx/v1', false],
    ['https://app.example/v1/customers', false],
    ['https://app.example/api/partner-center/../admin', false],
    ['http://app.example/api/partner-center/v1', false],
    ['https://app.example:8443/api/partner-center/v1', false],
    ['https://evil.example/api/partner-center/v1', false],
  ])('%s → %s under a proxy path', (url, expected) => {
    expect(isWithinApiBase(new URL(url), proxy)).toBe(expected);
  });

  it('accepts every path of the origin when the base is the root', () => {
    expect(isWithinApiBase(new URL('https://api.partnercenter.microsoft.com/v1/x'), root)).toBe(
      true,
    );
    expect(
      isWithinApiBase(new URL('https://api.partnercenter.microsoft.com.evil.example/v1'), root),
    ).toBe(false);
  });
});
