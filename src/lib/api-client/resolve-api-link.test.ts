import { parseApiBase } from '@/lib/api-client/api-base';
import { buildApiPath, resolveApiLink } from '@/lib/api-client/resolve-api-link';

const partnerCenter = parseApiBase('https://api.partnercenter.microsoft.com');
const proxy = parseApiBase('/api/partner-center/');
const PROXY = `${window.location.origin}/api/partner-center`;

function resolved(uri: string, pathOnly = false, base = proxy): string {
  return resolveApiLink(uri, base, { pathOnly }).href;
}

describe('resolveApiLink: link forms (docs/partner-center-api.md §1.3)', () => {
  it.each([
    ['/v1/customers?size=40', `${PROXY}/v1/customers?size=40`],
    ['/customers/c1', `${PROXY}/v1/customers/c1`],
    ['customers/c1/profiles/company', `${PROXY}/v1/customers/c1/profiles/company`],
    ['/V1/customers', `${PROXY}/V1/customers`],
    ['v1/customers', `${PROXY}/v1/customers`],
    ['/v1', `${PROXY}/v1`],
    ['/v10/customers', `${PROXY}/v1/v10/customers`],
    ['/customers/c1/batchJobStatus/t1', `${PROXY}/v1/customers/c1/batchJobStatus/t1`],
  ])('resolves %s against a same-origin proxy path', (uri, expected) => {
    expect(resolved(uri)).toBe(expected);
  });

  it('resolves against an absolute API base', () => {
    expect(resolved('/customers?size=0', false, partnerCenter)).toBe(
      'https://api.partnercenter.microsoft.com/v1/customers?size=0',
    );
  });

  it('never produces a double /v1', () => {
    for (const uri of ['/v1/customers', 'v1/customers', '//v1/customers', '/V1/customers']) {
      expect(resolved(uri, false, partnerCenter)).not.toMatch(/v1\/+v1/i);
    }
  });

  it('keeps an absolute link as it is, whatever its origin (the client then decides)', () => {
    expect(
      resolved('https://api.partnercenter.microsoft.com/v1/customers', false, partnerCenter),
    ).toBe('https://api.partnercenter.microsoft.com/v1/customers');
    expect(resolveApiLink('https://evil.example/x', proxy).origin).toBe('https://evil.example');
    expect(resolveApiLink('//evil.example/x', proxy).origin).toBe('http://evil.example');
    expect(
      resolveApiLink('https://evil.example\\@api.partnercenter.microsoft.com', proxy).origin,
    ).toBe('https://evil.example');
  });
});

describe('resolveApiLink: encoding exactly once', () => {
  it('encodes a raw space once and keeps an existing %20', () => {
    const link = '/customers/c1/deviceBatches/Test batch/devices';
    expect(resolved(link)).toBe(`${PROXY}/v1/customers/c1/deviceBatches/Test%20batch/devices`);
    expect(resolved('/customers/c1/deviceBatches/Test%20batch/devices')).toBe(resolved(link));
  });

  it('is stable when its output is resolved again', () => {
    const once = resolveApiLink('/customers/c1/deviceBatches/50% off #1?/devices', proxy, {
      pathOnly: true,
    });
    expect(resolved(once.pathname.replace('/api/partner-center', ''), true)).toBe(once.href);
  });

  it.each([
    ['Why? batch', 'Why%3F%20batch'],
    ['#1', '%231'],
    ['100%', '100%25'],
    ['50%2x', '50%252x'],
    ['A&B+C=D', 'A&B+C=D'],
    ['Überbatch ✓', '%C3%9Cberbatch%20%E2%9C%93'],
    ['📦 box', '%F0%9F%93%A6%20box'],
    ['a\\b|c^"<>{}`', 'a%5Cb%7Cc%5E%22%3C%3E%7B%7D%60'],
  ])('in a path-only devicesLink, batch %j becomes %s', (batchId, encoded) => {
    expect(resolved(`/customers/c1/deviceBatches/${batchId}/devices`, true)).toBe(
      `${PROXY}/v1/customers/c1/deviceBatches/${encoded}/devices`,
    );
  });

  it('keeps the query of a next link, encoding only what is unsafe', () => {
    expect(resolved('/customers?size=40&seekOperation=Next')).toBe(
      `${PROXY}/v1/customers?size=40&seekOperation=Next`,
    );
    expect(resolved('/customers?size=0&filter=%7B%22Field%22%3A%22CompanyName%22%7D')).toBe(
      `${PROXY}/v1/customers?size=0&filter=%7B%22Field%22%3A%22CompanyName%22%7D`,
    );
    expect(resolved('/customers?filter={"Value":"a b"}&x=1?2')).toBe(
      `${PROXY}/v1/customers?filter=%7B%22Value%22:%22a%20b%22%7D&x=1?2`,
    );
  });

  it('treats # as a character, never as a fragment', () => {
    expect(resolved('/customers/c1/deviceBatches/#7/devices?size=100')).toBe(
      `${PROXY}/v1/customers/c1/deviceBatches/%237/devices?size=100`,
    );
  });
});

describe('buildApiPath', () => {
  it('escapes each segment whole', () => {
    expect(buildApiPath('customers', 'c1', 'deviceBatches', 'a/b? #%', 'devices')).toBe(
      '/v1/customers/c1/deviceBatches/a%2Fb%3F%20%23%25/devices',
    );
  });

  it('builds a path resolveApiLink sends unchanged', () => {
    const path = buildApiPath('customers', 'c1', 'deviceBatches', 'Überbatch 50%');
    expect(resolved(path)).toBe(`${PROXY}${path}`);
  });
});
